package com.gmall.rtdw.jobs.dim;

/** A {@code table_process} row that cannot be applied; the message says which field and why. */
public final class DimConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public DimConfigException(String message) {
        super(message);
    }
}
