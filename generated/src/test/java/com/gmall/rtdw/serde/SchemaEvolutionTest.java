package com.gmall.rtdw.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.model.dwd.TradeCartAdd;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.testing.AvroSamples;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

/**
 * A record written by a producer still on the previous schema version (model/src/main/avro-history)
 * is read by the current serde: the fields both versions have keep their values, the new one takes
 * its default.
 */
class SchemaEvolutionTest {
    private static final Path REPO =
            Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();

    @Test
    void currentReaderReadsVersionOneOfTradeCartAdd() throws IOException {
        Schema v1 = versionOne();
        assertThat(v1.getField("source_type_name")).isNull();
        Schema current = TradeCartAdd.getClassSchema();
        assertThat(current.getField("source_type_name")).isNotNull();

        for (int seed = 0; seed < 50; seed++) {
            GenericData.Record old = new AvroSamples(seed).record(v1);
            byte[] written =
                    new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1)
                            .encode(old)
                            .array();

            TradeCartAdd read = Topics.DWD_TRADE_CART_ADD.serde().decode(written);

            GenericRecord asCurrent =
                    readGeneric(current, Topics.DWD_TRADE_CART_ADD.serde().encode(read));
            for (Schema.Field f : v1.getFields()) {
                assertThat(asCurrent.get(f.name()))
                        .as("seed %d, field %s", seed, f.name())
                        .isEqualTo(old.get(f.name()));
            }
            assertThat(read.getSourceTypeName()).isNull();
        }
    }

    @Test
    void corruptVersionOneMessagesOnlyEverGiveDecodeExceptions() throws IOException {
        Schema v1 = versionOne();
        for (int seed = 0; seed < 10; seed++) {
            byte[] written =
                    new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1)
                            .encode(new AvroSamples(seed).record(v1))
                            .array();
            DwdSerdeRoundTripTest.assertOnlyDecodeExceptions(
                    Topics.DWD_TRADE_CART_ADD, written, seed);
        }
    }

    @Test
    void hugeLengthInAnOldMessageIsRejectedBeforeAvroAllocatesIt() throws IOException {
        Schema v1 = versionOne();
        GenericData.Record old = new AvroSamples(1).record(v1);
        old.put("sku_name", "x");
        byte[] good =
                new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old).array();
        byte[] huge = java.util.Arrays.copyOf(good, good.length + 4);
        int at = indexOf(good, new byte[] {2, 'x'});
        assertThat(at).isPositive();
        // the string "x" (zig-zag length 2) becomes a length of 2^31-1 (zig-zag FE FF FF FF 0F)
        System.arraycopy(
                new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F, 'x'},
                0,
                huge,
                at,
                6);
        System.arraycopy(good, at + 2, huge, at + 6, good.length - at - 2);

        assertThatThrownBy(() -> Topics.DWD_TRADE_CART_ADD.serde().decode(huge))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("length 2147483647 runs past the end");
    }

    private static Schema versionOne() {
        try {
            return new Schema.Parser()
                    .parse(
                            REPO.resolve("model/src/main/avro-history/dwd/TradeCartAdd.v1.avsc")
                                    .toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static GenericRecord readGeneric(Schema schema, byte[] message) throws IOException {
        byte[] body = java.util.Arrays.copyOfRange(message, 10, message.length);
        return new GenericDatumReader<GenericRecord>(schema)
                .read(null, DecoderFactory.get().binaryDecoder(body, null));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 10; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
