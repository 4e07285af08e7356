package com.gmall.rtdw.model.annotation;

/** Partition granularity of a DWS table, applied to its window start column. */
public enum PartitionGranularity {
    /**
     * {@code PARTITION BY toYYYYMMDD(<window start>)}: one partition per day, the family's
     * convention.
     */
    DAY,
    /** {@code PARTITION BY toYYYYMM(<window start>)}: for tables with few rows per day. */
    MONTH
}
