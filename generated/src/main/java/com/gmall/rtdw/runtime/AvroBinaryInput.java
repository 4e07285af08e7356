package com.gmall.rtdw.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Avro binary decoding from a byte array for the generated codecs. Every read is bounds-checked: corrupt or
 * truncated input is a {@link DecodeException} with the byte offset, never an exception from deep inside.
 */
public final class AvroBinaryInput {
    private final byte[] buf;
    private int pos;

    public AvroBinaryInput(byte[] buf, int offset) {
        this.buf = buf;
        this.pos = offset;
    }

    public long readLong() throws DecodeException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= buf.length) {
                throw corrupt("varint runs past the end");
            }
            byte b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw corrupt("varint longer than 10 bytes");
    }

    public int readInt() throws DecodeException {
        long v = readLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw corrupt("int out of range: " + v);
        }
        return (int) v;
    }

    /** A union branch or enum symbol index, checked against the number of branches or symbols. */
    public int readIndex(int count) throws DecodeException {
        long i = readLong();
        if (i < 0 || i >= count) {
            throw corrupt("index " + i + " outside 0.." + (count - 1));
        }
        return (int) i;
    }

    public boolean readBoolean() throws DecodeException {
        require(1);
        byte b = buf[pos++];
        if (b != 0 && b != 1) {
            throw corrupt("boolean byte " + b);
        }
        return b == 1;
    }

    public double readDouble() throws DecodeException {
        require(8);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits |= (long) (buf[pos++] & 0xFF) << (8 * i);
        }
        return Double.longBitsToDouble(bits);
    }

    public String readString() throws DecodeException {
        int length = readLength();
        String s = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    /** Avro's decimal: a two's-complement big-endian unscaled value (a long when it fits, which is the usual case). */
    public BigDecimal readDecimal(int scale) throws DecodeException {
        int length = readLength();
        if (length == 0) {
            throw corrupt("empty decimal");
        }
        if (length <= 8) {
            long unscaled = buf[pos];
            for (int i = 1; i < length; i++) {
                unscaled = (unscaled << 8) | (buf[pos + i] & 0xFF);
            }
            pos += length;
            return BigDecimal.valueOf(unscaled, scale);
        }
        BigInteger unscaled = new BigInteger(Arrays.copyOfRange(buf, pos, pos + length));
        pos += length;
        return new BigDecimal(unscaled, scale);
    }

    /** The item count of the next array or map block; 0 ends the collection. */
    public long readBlockCount() throws DecodeException {
        long count = readLong();
        if (count < 0) {
            readLong();
            count = -count;
        }
        if (count > buf.length - pos) {
            throw corrupt("block of " + count + " items cannot fit the remaining " + (buf.length - pos) + " bytes");
        }
        return count;
    }

    /** Fails unless every byte was read. */
    public void expectEnd() throws DecodeException {
        if (pos != buf.length) {
            throw corrupt((buf.length - pos) + " bytes left after the record");
        }
    }

    private int readLength() throws DecodeException {
        long length = readLong();
        if (length < 0 || length > buf.length - pos) {
            throw corrupt("length " + length + " runs past the end");
        }
        return (int) length;
    }

    private void require(int bytes) throws DecodeException {
        if (buf.length - pos < bytes) {
            throw corrupt("record ends early");
        }
    }

    private DecodeException corrupt(String problem) {
        return new DecodeException("$", pos, "corrupt or truncated record: " + problem);
    }
}
