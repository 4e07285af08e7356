package com.gmall.rtdw.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Avro binary encoding (zig-zag varints, length-prefixed UTF-8, little-endian doubles) into a
 * growable array, for the generated codecs. The output is byte for byte what Avro's own writer
 * produces for the same record.
 */
public final class AvroBinaryOutput {
    /** Length of the single-object header: marker C3 01 and the 8-byte schema fingerprint. */
    public static final int HEADER_LENGTH = 10;

    private byte[] buf;
    private int size;

    public AvroBinaryOutput(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** A buffer that already holds the single-object header of the schema with this fingerprint. */
    public static AvroBinaryOutput singleObject(long fingerprint) {
        AvroBinaryOutput out = new AvroBinaryOutput(256);
        out.buf[0] = (byte) 0xC3;
        out.buf[1] = (byte) 0x01;
        for (int i = 0; i < 8; i++) {
            out.buf[2 + i] = (byte) (fingerprint >>> (8 * i));
        }
        out.size = HEADER_LENGTH;
        return out;
    }

    /** The encoded bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    public void writeLong(long n) {
        ensure(10);
        long v = (n << 1) ^ (n >> 63);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** An int zig-zags to the same varint as the equal long. */
    public void writeInt(int n) {
        writeLong(n);
    }

    /** A union branch or enum symbol index. */
    public void writeIndex(int index) {
        writeLong(index);
    }

    public void writeBoolean(boolean b) {
        ensure(1);
        buf[size++] = (byte) (b ? 1 : 0);
    }

    public void writeDouble(double d) {
        ensure(8);
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) {
            buf[size++] = (byte) (bits >>> (8 * i));
        }
    }

    public void writeString(String s) {
        int length = Utf8.length(s);
        writeLong(length);
        ensure(length);
        size = Utf8.encode(s, buf, size);
    }

    /**
     * A decimal as Avro's {@code bytes} logical type: the minimal two's-complement big-endian
     * unscaled value at {@code scale}. A value with more decimals than the scale is rejected, never
     * rounded.
     */
    public void writeDecimal(BigDecimal value, int scale, String field) {
        BigDecimal scaled = value;
        if (value.scale() != scale) {
            try {
                scaled = value.setScale(scale, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(
                        field + ": " + value + " has more than " + scale + " decimals", e);
            }
        }
        if (scaled.precision() <= 18) {
            writeMinimalBytes(scaled.scaleByPowerOfTen(scale).longValueExact());
        } else {
            byte[] bytes = scaled.unscaledValue().toByteArray();
            writeLong(bytes.length);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, size, bytes.length);
            size += bytes.length;
        }
    }

    /**
     * Array and map blocks: one block of {@code count} items (none for an empty collection), then
     * the end mark.
     */
    public void writeBlockCount(long count) {
        writeLong(count);
    }

    private void writeMinimalBytes(long unscaled) {
        int n = 1;
        while (n < 8 && (unscaled >> (8 * n - 1)) != 0 && (unscaled >> (8 * n - 1)) != -1) {
            n++;
        }
        writeLong(n);
        ensure(n);
        for (int i = n - 1; i >= 0; i--) {
            buf[size++] = (byte) (unscaled >>> (8 * i));
        }
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
