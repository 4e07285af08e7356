package com.gmall.rtdw.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.testing.AvroSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every DWD topic's generated serde against Avro's generic reader and writer: what we write, Avro
 * reads; what Avro writes, we read; and a re-encode gives the same bytes.
 */
class DwdSerdeRoundTripTest {
    /**
     * Single-object encoding: 2 marker bytes and an 8-byte fingerprint before the Avro binary body.
     */
    private static final int HEADER = 10;

    static Stream<TopicSpec<?>> avroTopics() {
        return Topics.all().stream().filter(t -> t.wire() == TopicSpec.Wire.AVRO);
    }

    @ParameterizedTest
    @MethodSource("avroTopics")
    <T> void genericWriterToGeneratedReaderAndBack(TopicSpec<T> topic) throws IOException {
        Schema schema = schemaOf(topic);
        for (int seed = 0; seed < 50; seed++) {
            GenericData.Record generic = new AvroSamples(seed).record(schema);
            byte[] written =
                    new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema)
                            .encode(generic)
                            .array();

            T decoded = topic.serde().decode(written);

            assertThat(decoded).isInstanceOf(topic.type());
            assertThat(topic.serde().encode(decoded))
                    .as("re-encoded bytes, seed %d", seed)
                    .isEqualTo(written);
            assertThat(readGeneric(schema, topic.serde().encode(decoded))).isEqualTo(generic);
        }
    }

    @ParameterizedTest
    @MethodSource("avroTopics")
    <T> void serializationSchemaWritesTheTopicAndTheDefaultKey(TopicSpec<T> topic)
            throws IOException {
        Schema schema = schemaOf(topic);
        byte[] written =
                new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema)
                        .encode(new AvroSamples(7).record(schema))
                        .array();
        T value = topic.serde().decode(written);

        ProducerRecord<byte[], byte[]> out = topic.serializationSchema().serialize(value, 1234L);

        assertThat(out.topic()).isEqualTo(topic.name());
        assertThat(out.timestamp()).isEqualTo(1234L);
        assertThat(out.value()).isEqualTo(written);
        assertThat(out.key()).as("gmall.key of %s", topic).isNotNull();
        assertThat(topic.deserializationSchema().deserialize(out.value())).isEqualTo(value);
        ProducerRecord<byte[], byte[]> custom =
                topic.serializationSchema(v -> "k".getBytes(StandardCharsets.UTF_8))
                        .serialize(value, null);
        assertThat(custom.key()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
        assertThat(topic.serializationSchema().serialize(value, Long.MIN_VALUE).timestamp())
                .as("Flink's no-timestamp marker is not sent to Kafka")
                .isNull();
    }

    @ParameterizedTest
    @MethodSource("avroTopics")
    <T> void badInputIsADecodeExceptionNotACrash(TopicSpec<T> topic) throws IOException {
        Schema schema = schemaOf(topic);
        byte[] good =
                new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema)
                        .encode(new AvroSamples(3).record(schema))
                        .array();

        assertThatThrownBy(() -> topic.serde().decode(null))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("tombstone");
        assertThatThrownBy(
                        () -> topic.serde().decode("{\"json\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("not an Avro single-object message");
        assertThatThrownBy(() -> topic.serde().decode(Arrays.copyOf(good, HEADER + 1)))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("corrupt or truncated");
        byte[] unknownWriter = good.clone();
        unknownWriter[5] ^= 0x55;
        assertThatThrownBy(() -> topic.serde().decode(unknownWriter))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("add it to model/src/main/avro-history");
    }

    @ParameterizedTest
    @MethodSource("avroTopics")
    <T> void corruptMessagesOnlyEverGiveDecodeExceptions(TopicSpec<T> topic) throws IOException {
        Schema schema = schemaOf(topic);
        for (int seed = 0; seed < 10; seed++) {
            byte[] good =
                    new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema)
                            .encode(new AvroSamples(seed).record(schema))
                            .array();
            assertOnlyDecodeExceptions(topic, good, seed);
        }
    }

    /**
     * Every truncation and 300 random byte changes: a record or a DecodeException, never anything
     * else.
     */
    static void assertOnlyDecodeExceptions(TopicSpec<?> topic, byte[] good, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<byte[]> bad = new java.util.ArrayList<>();
        for (int length = 0; length < good.length; length++) {
            bad.add(Arrays.copyOf(good, length));
        }
        for (int i = 0; i < 300; i++) {
            byte[] flipped = good.clone();
            int at = HEADER + random.nextInt(Math.max(1, good.length - HEADER));
            flipped[Math.min(at, good.length - 1)] = (byte) random.nextInt(256);
            bad.add(flipped);
        }
        for (byte[] message : bad) {
            try {
                topic.serde().decode(message);
            } catch (DecodeException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError(topic + ": " + e + " for " + Arrays.toString(message), e);
            }
        }
    }

    private static Schema schemaOf(TopicSpec<?> topic) {
        try {
            return ((SpecificRecord) topic.type().getDeclaredConstructor().newInstance())
                    .getSchema();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static GenericRecord readGeneric(Schema schema, byte[] message) throws IOException {
        byte[] body = Arrays.copyOfRange(message, HEADER, message.length);
        return new GenericDatumReader<GenericRecord>(schema)
                .read(null, DecoderFactory.get().binaryDecoder(body, null));
    }
}
