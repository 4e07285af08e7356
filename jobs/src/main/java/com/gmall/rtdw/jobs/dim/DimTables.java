package com.gmall.rtdw.jobs.dim;

import java.io.Serializable;
import java.sql.SQLException;

/** Makes a dim table's Phoenix table match its configuration row. */
public interface DimTables extends AutoCloseable {
    /**
     * Creates the table when missing and adds the columns it lacks (defect D2); refuses a
     * configuration the table cannot take (another primary key) with a {@link DimConfigException}.
     */
    void ensure(DimTable table) throws DimConfigException, SQLException;

    @Override
    void close();

    /**
     * How a task opens its {@link DimTables} (in {@code open()}, so the instance itself need not be
     * serializable).
     */
    interface Factory extends Serializable {
        DimTables open();
    }
}
