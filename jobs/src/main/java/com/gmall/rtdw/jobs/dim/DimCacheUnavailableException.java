package com.gmall.rtdw.jobs.dim;

/**
 * The side cache did not take a delete (Redis down or refusing): the caller keeps the keys and
 * tries again.
 */
public final class DimCacheUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DimCacheUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
