package com.gmall.rtdw.jobs.dim.lookup;

import java.io.Serializable;
import java.util.concurrent.CompletableFuture;

/** Looks up dim rows by key without blocking the caller. */
public interface DimLookupService extends AutoCloseable {
    /**
     * The row of {@code table} whose {@code keyColumn} equals {@code key}; fails only when neither
     * the cache nor Phoenix could answer.
     */
    CompletableFuture<LookupResult> lookup(String table, String keyColumn, String key);

    @Override
    void close();

    /** How an operator gets its service (in {@code open()}). */
    interface Factory extends Serializable {
        DimLookupService open();
    }
}
