package com.gmall.rtdw.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * A growable byte buffer with ClickHouse RowBinary encoders (little-endian integers,
 * LEB128-prefixed UTF-8 strings). Strings are encoded straight from their chars, without an
 * intermediate byte array. Not thread-safe: one per sink instance.
 */
public final class RowBinaryOutput {
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private byte[] buf;
    private int size;

    public RowBinaryOutput(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Bytes written since the last {@link #reset()}. */
    public int size() {
        return size;
    }

    /** The backing array; valid up to {@link #size()}. */
    public byte[] array() {
        return buf;
    }

    /** Forgets the content, keeping the capacity. */
    public void reset() {
        size = 0;
    }

    /**
     * Drops everything after the first {@code newSize} bytes (to take back a row that failed
     * half-way).
     */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("cannot truncate " + size + " bytes to " + newSize);
        }
        size = newSize;
    }

    /**
     * epoch milliseconds to ClickHouse DateTime (UInt32 seconds; the millisecond part is dropped).
     */
    public void writeDateTimeFromMillis(long epochMillis) {
        long seconds = Math.floorDiv(epochMillis, 1000L);
        if (seconds < 0 || seconds > MAX_UINT32) {
            throw new IllegalArgumentException(
                    "DateTime out of range (1970..2106): " + epochMillis + " ms");
        }
        writeFixed(seconds, 4);
    }

    /**
     * UInt64; a negative value is a bug upstream and is rejected rather than stored as a huge
     * number.
     */
    public void writeUInt64(long value, String column) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    column + ": negative value " + value + " for a UInt64 column");
        }
        writeFixed(value, 8);
    }

    public void writeInt64(long value) {
        writeFixed(value, 8);
    }

    public void writeInt32(int value) {
        writeFixed(value, 4);
    }

    public void writeFloat64(double value) {
        writeFixed(Double.doubleToRawLongBits(value), 8);
    }

    /** Non-nullable String column; a null is written as the empty string. */
    public void writeString(String value) {
        if (value == null) {
            writeVarUInt(0);
            return;
        }
        int length = Utf8.length(value);
        writeVarUInt(length);
        ensure(length);
        size = Utf8.encode(value, buf, size);
    }

    /** Nullable(String): a null flag byte, then the string when present. */
    public void writeNullableString(String value) {
        ensure(1);
        buf[size++] = (byte) (value == null ? 1 : 0);
        if (value != null) {
            writeString(value);
        }
    }

    /**
     * Decimal(precision, scale) with precision at most 18, as the Int64 unscaled value. A null is
     * 0. A value with more fractional digits than {@code scale}, or too many digits, is rejected:
     * an amount is never silently rounded.
     */
    public void writeDecimal64(BigDecimal value, int precision, int scale, String column) {
        if (value == null) {
            writeFixed(0, 8);
            return;
        }
        BigDecimal scaled;
        try {
            scaled = value.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    column + ": " + value + " has more than " + scale + " decimals", e);
        }
        if (scaled.precision() > precision) {
            throw new IllegalArgumentException(
                    column
                            + ": "
                            + value
                            + " does not fit Decimal("
                            + precision
                            + ", "
                            + scale
                            + ")");
        }
        writeFixed(scaled.unscaledValue().longValueExact(), 8);
    }

    private void writeFixed(long value, int bytes) {
        ensure(bytes);
        for (int i = 0; i < bytes; i++) {
            buf[size++] = (byte) (value >>> (8 * i));
        }
    }

    private void writeVarUInt(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
