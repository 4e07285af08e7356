package com.gmall.rtdw.jobs.dim.lookup;

import java.io.Serializable;

/**
 * How a record meets its dim row: which key to look up, and what to take from the row.
 *
 * @param <T> the record type
 */
public interface DimJoin<T> extends Serializable {
    /**
     * The key to look up, or null when the record has none (it is then passed on without a lookup,
     * defect L5).
     */
    String key(T record);

    /**
     * The record with what it needs of {@code row} (Phoenix column names, upper case); may change
     * the record.
     */
    T join(T record, DimRow row);
}
