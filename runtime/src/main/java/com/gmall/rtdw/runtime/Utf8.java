package com.gmall.rtdw.runtime;

/**
 * UTF-8 straight from a String's chars into a byte array, without the intermediate array of {@code
 * String.getBytes}, with the same output: a lone surrogate becomes '?'.
 */
final class Utf8 {
    private Utf8() {}

    /** The encoded length in bytes. */
    static int length(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                length += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                length += 1;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /**
     * Encodes into {@code buf} from {@code pos} (room for {@link #length} bytes must exist);
     * returns the new end.
     */
    static int encode(String s, byte[] buf, int pos) {
        int p = pos;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buf[p++] = (byte) c;
            } else if (c < 0x800) {
                buf[p++] = (byte) (0xC0 | (c >> 6));
                buf[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[p++] = (byte) (0xF0 | (cp >> 18));
                buf[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buf[p++] = '?';
            } else {
                buf[p++] = (byte) (0xE0 | (c >> 12));
                buf[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }
}
