package com.gmall.rtdw.jobs.dim;

/**
 * The Redis key of a cached dim row, {@code DIM:<TABLE>:<key value>}: written by lookups, deleted
 * by DimApp after a write. The key value is that of the table's configured key column (defect D7),
 * not always {@code id}.
 */
public final class DimCacheKeys {
    private DimCacheKeys() {}

    public static String of(String sinkTable, String key) {
        return "DIM:" + sinkTable + ":" + key;
    }
}
