package com.gmall.rtdw.jobs.dws;

import java.io.Serializable;

/**
 * Labels an aggregated row with its window and its version. The version ({@code ts}) is the
 * emission time: a window fired again (a late record, a replay after a restart) gets a higher one
 * and replaces the older row in ClickHouse.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface WindowStamp<T> extends Serializable {
    void stamp(T row, long windowStart, long windowEnd, long version);
}
