package com.gmall.rtdw.jobs.dim;

/**
 * One row of {@code gmall_config.table_process} as it arrives (columns in docs/jobs.md, DimApp),
 * not yet validated: which business table goes to which Phoenix table, with which columns, key and
 * table options. A Flink POJO (broadcast state).
 */
public class TableProcess {
    public String sourceTable;
    public String sinkTable;

    /** Comma-separated column list. */
    public String sinkColumns;

    /** Primary key column; null or blank means {@code id}. */
    public String sinkPk;

    /**
     * Phoenix table options appended to the DDL, e.g. {@code SALT_BUCKETS = 4}; null means none.
     */
    public String sinkExtend;

    public TableProcess() {}

    public TableProcess(
            String sourceTable,
            String sinkTable,
            String sinkColumns,
            String sinkPk,
            String sinkExtend) {
        this.sourceTable = sourceTable;
        this.sinkTable = sinkTable;
        this.sinkColumns = sinkColumns;
        this.sinkPk = sinkPk;
        this.sinkExtend = sinkExtend;
    }
}
