package com.gmall.rtdw.runtime;

import java.io.Serializable;
import java.util.List;

/**
 * Encodes rows of one ClickHouse table as RowBinary, in {@link #columns()} order. Generated per DWS
 * table; stateless, so one instance serves every thread.
 *
 * @param <T> the row type
 */
public interface RowBinaryTableWriter<T> extends Serializable {
    /** The table name. */
    String table();

    /** Column names, in the order {@link #write} encodes them. */
    List<String> columns();

    /** Appends one row. */
    void write(T row, RowBinaryOutput out);

    /**
     * The INSERT statement for a batch. Table and column names come from the generated writer,
     * validated as identifiers at generation time; no value is ever part of it.
     */
    default String insertStatement() {
        return "INSERT INTO "
                + table()
                + " ("
                + String.join(", ", columns())
                + ") FORMAT RowBinary";
    }
}
