package com.gmall.rtdw.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** The generated codecs' binary primitives, compared with Avro's own encoder at the edges. */
class AvroBinaryCodecTest {
    private static final long[] LONGS = {
        0,
        1,
        -1,
        63,
        64,
        -64,
        -65,
        Integer.MAX_VALUE,
        Integer.MIN_VALUE,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        Long.MAX_VALUE - 1,
        Long.MIN_VALUE + 1
    };

    @Test
    void longsMatchAvroAndReadBack() throws IOException {
        for (long v : LONGS) {
            AvroBinaryOutput out = new AvroBinaryOutput(1);
            out.writeLong(v);
            assertThat(out.toByteArray()).as("%d", v).isEqualTo(avro(e -> e.writeLong(v)));
            assertThat(new AvroBinaryInput(out.toByteArray(), 0).readLong()).isEqualTo(v);
        }
    }

    @Test
    void decimalsMatchAvroAtEveryByteLength() throws IOException {
        String[] values = {
            "0.00",
            "1.27",
            "1.28",
            "-1.28",
            "-1.29",
            "327.67",
            "327.68",
            "-327.69",
            "99999999999999.99",
            "-99999999999999.99",
            "123456789012345678901234.56"
        };
        for (String text : values) {
            BigDecimal v = new BigDecimal(text);
            AvroBinaryOutput out = new AvroBinaryOutput(1);
            out.writeDecimal(v, 2, "amount");
            byte[] unscaled = v.unscaledValue().toByteArray();
            assertThat(out.toByteArray()).as(text).isEqualTo(avro(e -> e.writeBytes(unscaled)));
            assertThat(new AvroBinaryInput(out.toByteArray(), 0).readDecimal(2)).isEqualTo(v);
        }
    }

    @Test
    void decimalOfAnotherScaleIsRescaledExactlyOrRejected() throws DecodeException {
        AvroBinaryOutput out = new AvroBinaryOutput(1);
        out.writeDecimal(new BigDecimal("1.5"), 2, "amount");
        assertThat(new AvroBinaryInput(out.toByteArray(), 0).readDecimal(2))
                .isEqualTo(new BigDecimal("1.50"));
        assertThatThrownBy(() -> out.writeDecimal(new BigDecimal("1.005"), 2, "Fact.amount"))
                .hasMessage("Fact.amount: 1.005 has more than 2 decimals");
    }

    @Test
    void stringsMatchAvro() throws IOException {
        for (String s : new String[] {"", "home", "小米手机", "\uD83D\uDE00", "lone \uDC00"}) {
            AvroBinaryOutput out = new AvroBinaryOutput(1);
            out.writeString(s);
            assertThat(out.toByteArray()).as(s).isEqualTo(avro(e -> e.writeString(s)));
        }
    }

    @Test
    void corruptInputIsADecodeExceptionWithTheOffsetOfTheBadValue() {
        byte[] tooLong = {
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            0x02
        };
        assertThatThrownBy(() -> new AvroBinaryInput(tooLong, 0).readLong())
                .isInstanceOf(DecodeException.class)
                .hasMessage("$ (byte 0): corrupt or truncated record: varint does not fit 64 bits");
        byte[] minCount = concat(new byte[] {7}, encodeLong(Long.MIN_VALUE));
        AvroBinaryInput in = new AvroBinaryInput(minCount, 1);
        assertThatThrownBy(in::readBlockCount)
                .hasMessage("$ (byte 1): corrupt or truncated record: block count out of range");
        assertThatThrownBy(() -> new AvroBinaryInput(new byte[] {0x04, 'a'}, 0).readString())
                .hasMessage("$ (byte 0): corrupt or truncated record: length 2 runs past the end");
        assertThatThrownBy(() -> new AvroBinaryInput(new byte[] {0x04}, 0).readIndex(2))
                .hasMessage("$ (byte 0): corrupt or truncated record: index 2 outside 0..1");
        assertThatThrownBy(() -> new AvroBinaryInput(new byte[] {0x00}, 0).readDecimal(2))
                .hasMessage("$ (byte 0): corrupt or truncated record: empty decimal");
    }

    private static byte[] encodeLong(long v) {
        AvroBinaryOutput out = new AvroBinaryOutput(1);
        out.writeLong(v);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private interface Write {
        void to(BinaryEncoder e) throws IOException;
    }

    private static byte[] avro(Write write) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(bytes, null);
        write.to(e);
        e.flush();
        return bytes.toByteArray();
    }
}
