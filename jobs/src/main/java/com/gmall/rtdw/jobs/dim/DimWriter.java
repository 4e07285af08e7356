package com.gmall.rtdw.jobs.dim;

import java.io.Serializable;
import java.sql.SQLException;
import java.util.Collection;

/** Applies a batch of dim writes and commits them as one. */
public interface DimWriter extends AutoCloseable {
    /** Executes every write, then commits; when this returns, the batch is durable. */
    void write(Collection<DimWrite> batch) throws SQLException;

    @Override
    void close();

    /** How a task opens its writer (in {@code open()}). */
    interface Factory extends Serializable {
        DimWriter open();
    }
}
