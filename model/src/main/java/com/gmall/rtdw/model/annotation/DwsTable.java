package com.gmall.rtdw.model.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public class as the definition of one DWS table and the row type the DWS job fills. Every
 * public field must carry exactly one of {@link WindowStart}, {@link WindowEnd}, {@link Dimension},
 * {@link Attribute}, {@link Measure}, {@link Version} or {@link Excluded}. From it the generator
 * emits {@code ddl/clickhouse/<name>.sql} ({@code ReplacingMergeTree(<version>)}, partitioned by
 * the window start) and a RowBinary writer that reads the fields directly.
 *
 * <p>Read by gmall-codegen from the source file (retention SOURCE): nothing at run time may depend
 * on it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface DwsTable {
    /**
     * ClickHouse table name, e.g. {@code dws_trade_order_window}; must match {@code
     * [A-Za-z_][A-Za-z0-9_]*}.
     */
    String name();

    /**
     * ORDER BY columns (column names, not field names). Empty means: window start, window end, then
     * every {@link Dimension} in declaration order. Must contain every dimension and both window
     * columns.
     */
    String[] orderBy() default {};

    /** How rows are partitioned by the window start. */
    PartitionGranularity partitionBy() default PartitionGranularity.DAY;
}
