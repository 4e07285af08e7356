package com.gmall.rtdw.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Avro binary decoding from a byte array for the generated codecs. Every read is bounds-checked:
 * corrupt or truncated input is a {@link DecodeException} with the byte offset, never an exception
 * from deep inside.
 */
public final class AvroBinaryInput {
    private final byte[] buf;
    private int pos;

    public AvroBinaryInput(byte[] buf, int offset) {
        this.buf = buf;
        this.pos = offset;
    }

    public long readLong() throws DecodeException {
        int start = pos;
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= buf.length) {
                throw corrupt(start, "varint runs past the end");
            }
            byte b = buf[pos++];
            if (shift == 63 && (b & 0xFE) != 0) {
                throw corrupt(start, "varint does not fit 64 bits");
            }
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw corrupt(start, "varint longer than 10 bytes");
    }

    public int readInt() throws DecodeException {
        int start = pos;
        long v = readLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw corrupt(start, "int out of range: " + v);
        }
        return (int) v;
    }

    /** A union branch or enum symbol index, checked against the number of branches or symbols. */
    public int readIndex(int count) throws DecodeException {
        int start = pos;
        long i = readLong();
        if (i < 0 || i >= count) {
            throw corrupt(start, "index " + i + " outside 0.." + (count - 1));
        }
        return (int) i;
    }

    public boolean readBoolean() throws DecodeException {
        require(1);
        byte b = buf[pos];
        if (b != 0 && b != 1) {
            throw corrupt(pos, "boolean byte " + b);
        }
        pos++;
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

    /**
     * Avro's decimal: a two's-complement big-endian unscaled value (a long when it fits, which is
     * the usual case).
     */
    public BigDecimal readDecimal(int scale) throws DecodeException {
        int start = pos;
        int length = readLength();
        if (length == 0) {
            throw corrupt(start, "empty decimal");
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

    /**
     * The item count of the next array or map block; 0 ends the collection. A count larger than the
     * bytes left is corrupt (every item takes at least one byte... except items of type null, which
     * no schema of ours has).
     */
    public long readBlockCount() throws DecodeException {
        int start = pos;
        long count = readLong();
        if (count < 0) {
            if (count == Long.MIN_VALUE) {
                throw corrupt(start, "block count out of range");
            }
            readLong();
            count = -count;
        }
        if (count > buf.length - pos) {
            throw corrupt(
                    start,
                    "block of "
                            + count
                            + " items cannot fit the remaining "
                            + (buf.length - pos)
                            + " bytes");
        }
        return count;
    }

    /** Skips a length-prefixed value (string or bytes). */
    public void skipLengthPrefixed() throws DecodeException {
        int length =
                readLength(); // not `pos += readLength()`: Java would read pos before readLength
        // moves it
        pos += length;
    }

    /** Skips {@code bytes} bytes (a fixed or a float). */
    public void skip(int bytes) throws DecodeException {
        require(bytes);
        pos += bytes;
    }

    /** Fails unless every byte was read. */
    public void expectEnd() throws DecodeException {
        if (pos != buf.length) {
            throw corrupt(pos, (buf.length - pos) + " bytes left after the record");
        }
    }

    private int readLength() throws DecodeException {
        int start = pos;
        long length = readLong();
        if (length < 0 || length > buf.length - pos) {
            throw corrupt(start, "length " + length + " runs past the end");
        }
        return (int) length;
    }

    private void require(int bytes) throws DecodeException {
        if (buf.length - pos < bytes) {
            throw corrupt(pos, "record ends early");
        }
    }

    private static DecodeException corrupt(int offset, String problem) {
        return new DecodeException("$", offset, "corrupt or truncated record: " + problem);
    }
}
