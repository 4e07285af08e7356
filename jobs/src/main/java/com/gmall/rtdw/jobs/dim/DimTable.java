package com.gmall.rtdw.jobs.dim;

import java.util.List;

/**
 * A validated {@code table_process} row: every identifier checked, names in Phoenix's upper case,
 * the key among the columns, the table options from the allow-list. Only this reaches DDL.
 *
 * @param sourceTable business table (as in topic_db, lower case)
 * @param sinkTable Phoenix table, upper case
 * @param columns business column names in configured order (lower case, as in topic_db's data)
 * @param primaryKey the key column (lower case), one of {@code columns}
 * @param options normalised table options, e.g. {@code SALT_BUCKETS = 4}, or "" for none
 */
public record DimTable(
        String sourceTable,
        String sinkTable,
        List<String> columns,
        String primaryKey,
        String options) {
    public DimTable {
        columns = List.copyOf(columns);
    }
}
