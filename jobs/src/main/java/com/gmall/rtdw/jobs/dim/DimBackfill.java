package com.gmall.rtdw.jobs.dim;

import java.io.Serializable;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The rows a dim table already has in the business database, for a table that has just been
 * configured (or given columns): {@code topic_db} only carries changes from now on, and the
 * snapshot OdsDbApp took long ago may have been read before the table was configured. The reference
 * relied on a hand-run Maxwell bootstrap.
 */
public interface DimBackfill extends AutoCloseable {
    /**
     * Calls {@code row} with the configured columns' values of every current row, as topic_db would
     * carry them.
     */
    void forEachRow(DimTable table, Consumer<String[]> row) throws SQLException;

    @Override
    void close();

    /** How a task opens its backfill reader (in {@code open()}). */
    interface Factory extends Serializable {
        DimBackfill open();
    }
}
