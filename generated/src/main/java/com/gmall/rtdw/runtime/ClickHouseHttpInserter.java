package com.gmall.rtdw.runtime;

import java.io.IOException;

/**
 * Batches rows of one table as RowBinary and posts each batch as one {@code INSERT ... FORMAT RowBinary} over
 * HTTP. The caller decides when to {@link #flush()} (batch size, interval, checkpoint); {@link #add} flushes by
 * itself only when the batch reaches {@code maxRows}. Not thread-safe: one per sink instance.
 *
 * @param <T> the row type
 */
public final class ClickHouseHttpInserter<T> {
    private final ClickHouseHttp http;
    private final RowBinaryTableWriter<T> writer;
    private final int maxRows;
    private final RowBinaryOutput buffer;
    private final String statement;
    private int rows;

    public ClickHouseHttpInserter(ClickHouseEndpoint endpoint, RowBinaryTableWriter<T> writer, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, not " + maxRows);
        }
        this.http = new ClickHouseHttp(endpoint);
        this.writer = writer;
        this.maxRows = maxRows;
        this.buffer = new RowBinaryOutput(64 * 1024);
        this.statement = writer.insertStatement();
    }

    /**
     * Appends a row; posts the batch when it is full. A row the writer rejects (say, an amount with too many
     * decimals) is taken back whole, so the batch stays aligned and the caller can dead-letter just that row.
     */
    public void add(T row) throws IOException {
        int rowStart = buffer.size();
        try {
            writer.write(row, buffer);
        } catch (RuntimeException e) {
            buffer.truncate(rowStart);
            throw e;
        }
        rows++;
        if (rows >= maxRows) {
            flush();
        }
    }

    /** Rows waiting to be posted. */
    public int pendingRows() {
        return rows;
    }

    /** Posts the pending rows, if any; returns how many were written. On failure the batch stays pending. */
    public int flush() throws IOException {
        if (rows == 0) {
            return 0;
        }
        http.insert(statement, buffer.array(), buffer.size());
        int written = rows;
        rows = 0;
        buffer.reset();
        return written;
    }
}
