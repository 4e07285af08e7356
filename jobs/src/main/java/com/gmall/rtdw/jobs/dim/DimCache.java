package com.gmall.rtdw.jobs.dim;

import java.io.Serializable;
import java.util.Collection;

/** The dim rows' side cache as DimApp sees it: keys to forget once their rows are written. */
public interface DimCache extends AutoCloseable {
    /**
     * Deletes the keys; throws {@link DimCacheUnavailableException} when the cache did not take the
     * delete.
     */
    void invalidate(Collection<String> keys);

    @Override
    void close();

    /** How a task opens its cache client (in {@code open()}). */
    interface Factory extends Serializable {
        DimCache open();
    }
}
