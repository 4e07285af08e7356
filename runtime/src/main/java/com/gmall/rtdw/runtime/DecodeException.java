package com.gmall.rtdw.runtime;

import java.io.IOException;

/**
 * A message that cannot be decoded, with where and why: the field path ({@code $.common.mid}), what
 * was expected, and the byte offset. Jobs turn it into a dead-letter record; it is never an error
 * deep inside a job.
 */
public final class DecodeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final long offset;

    /**
     * @param path the field path, or {@code $} for the message as a whole
     * @param offset byte offset in the message, or -1 when unknown
     * @param problem what is wrong, e.g. {@code expected long, got string}
     */
    public DecodeException(String path, long offset, String problem) {
        super(path + (offset >= 0 ? " (byte " + offset + ")" : "") + ": " + problem);
        this.path = path;
        this.offset = offset;
    }

    public DecodeException(String path, long offset, String problem, Throwable cause) {
        this(path, offset, problem);
        initCause(cause);
    }

    /** The field path of the problem. */
    public String path() {
        return path;
    }

    /** Byte offset in the message, or -1. */
    public long offset() {
        return offset;
    }
}
