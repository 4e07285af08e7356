package com.gmall.rtdw.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The RowBinary encodings, byte by byte, against ClickHouse's format description. */
class RowBinaryOutputTest {
    private final RowBinaryOutput out = new RowBinaryOutput(1);

    @Test
    void integersAreLittleEndian() {
        out.writeUInt64(0x0102030405060708L, "c");
        out.writeInt32(-2);
        assertThat(bytes()).containsExactly(8, 7, 6, 5, 4, 3, 2, 1, 0xFE, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void negativeUInt64IsRejected() {
        assertThatThrownBy(() -> out.writeUInt64(-1, "order_count"))
                .hasMessage("order_count: negative value -1 for a UInt64 column");
        assertThat(out.size()).isZero();
    }

    @Test
    void truncateTakesBackAPartialRow() {
        out.writeInt32(7);
        int rowStart = out.size();
        out.writeInt64(9);
        out.truncate(rowStart);
        assertThat(bytes()).containsExactly(7, 0, 0, 0);
        assertThatThrownBy(() -> out.truncate(5)).hasMessage("cannot truncate 4 bytes to 5");
    }

    @Test
    void dateTimeIsSecondsAsUInt32() {
        out.writeDateTimeFromMillis(1_700_000_000_999L);
        assertThat(bytes()).containsExactly(0x00, 0xF1, 0x53, 0x65);
        assertThatThrownBy(() -> out.writeDateTimeFromMillis(-1000))
                .hasMessageContaining("DateTime out of range");
    }

    @Test
    void stringsMatchJavaUtf8WithLeb128Length() {
        String[] samples = {
            "", "a", "小米手机", "emoji \uD83D\uDE00", "lone \uD800 surrogate", "x".repeat(300)
        };
        for (String s : samples) {
            out.reset();
            out.writeString(s);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            byte[] expected = concat(leb128(utf8.length), utf8);
            assertThat(Arrays.copyOf(out.array(), out.size())).as(s).isEqualTo(expected);
        }
    }

    @Test
    void nullableStringHasAFlagByte() {
        out.writeNullableString(null);
        out.writeNullableString("a");
        out.writeString(null);
        assertThat(bytes()).containsExactly(1, 0, 1, 'a', 0);
    }

    @Test
    void decimalIsTheUnscaledInt64() {
        out.writeDecimal64(new BigDecimal("-1234.5"), 16, 2, "amount");
        assertThat(bytes()).containsExactly(0xC6, 0x1D, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void decimalIsNeverRounded() {
        assertThatThrownBy(() -> out.writeDecimal64(new BigDecimal("1.005"), 16, 2, "amount"))
                .hasMessage("amount: 1.005 has more than 2 decimals");
        assertThatThrownBy(() -> out.writeDecimal64(new BigDecimal("123456.78"), 7, 2, "amount"))
                .hasMessage("amount: 123456.78 does not fit Decimal(7, 2)");
    }

    @Test
    void growsPastItsInitialCapacity() {
        for (int i = 0; i < 10_000; i++) {
            out.writeInt64(i);
        }
        assertThat(out.size()).isEqualTo(80_000);
        assertThat(out.array()[8 * 9_999]).isEqualTo((byte) (9_999 & 0xFF));
    }

    private int[] bytes() {
        int[] result = new int[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.array()[i] & 0xFF;
        }
        return result;
    }

    private static byte[] leb128(int n) {
        byte[] tmp = new byte[5];
        int i = 0;
        int v = n;
        while ((v & ~0x7F) != 0) {
            tmp[i++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        tmp[i++] = (byte) v;
        return Arrays.copyOf(tmp, i);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
