package com.gmall.rtdw.runtime;

import java.io.IOException;

/**
 * Batches rows of one table as RowBinary and posts each batch as one {@code INSERT ... FORMAT
 * RowBinary} over HTTP. The caller decides when to {@link #flush()} (batch size, interval,
 * checkpoint); {@link #add} flushes by itself only when the batch reaches {@code maxRows}. Not
 * thread-safe: one per sink instance.
 *
 * @param <T> the row type
 */
public final class ClickHouseHttpInserter<T> {
    private final ClickHouseHttp http;
    private final RowBinaryTableWriter<T> writer;
    private final int maxRows;
    private final RowBinaryOutput buffer;
    private final String statement;
    private final Backoff backoff;
    private final Backoff.OnRetry onRetry;
    private int rows;

    /** An inserter that asks once: a failed post fails. */
    public ClickHouseHttpInserter(
            ClickHouseEndpoint endpoint, RowBinaryTableWriter<T> writer, int maxRows) {
        this(
                endpoint,
                writer,
                maxRows,
                Backoff.giveUpAfter(java.time.Duration.ZERO),
                (failure, waitMs) -> {});
    }

    /**
     * An inserter that posts a batch again, with {@code backoff}, while ClickHouse does not answer.
     */
    public ClickHouseHttpInserter(
            ClickHouseEndpoint endpoint,
            RowBinaryTableWriter<T> writer,
            int maxRows,
            Backoff backoff,
            Backoff.OnRetry onRetry) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, not " + maxRows);
        }
        this.http = new ClickHouseHttp(endpoint);
        this.writer = writer;
        this.maxRows = maxRows;
        this.buffer = new RowBinaryOutput(64 * 1024);
        this.statement = writer.insertStatement();
        this.backoff = backoff;
        this.onRetry = onRetry;
    }

    /**
     * Appends a row; posts the batch when it is full. A row the writer rejects (say, an amount with
     * too many decimals) is taken back whole, so the batch stays aligned and the caller can
     * dead-letter just that row.
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

    /**
     * Posts the pending rows, if any, retrying while ClickHouse does not answer; returns how many
     * were written. On failure the batch stays pending. A post that timed out may still have been
     * written: posting it again is harmless, as the tables replace a row by one with the same key
     * and version.
     */
    public int flush() throws IOException {
        if (rows == 0) {
            return 0;
        }
        backoff.call(
                () -> {
                    http.insert(statement, buffer.array(), buffer.size());
                    return null;
                },
                ClickHouseHttp::isOutage,
                onRetry);
        int written = rows;
        rows = 0;
        buffer.reset();
        return written;
    }
}
