package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.FlushOnWatermark;
import com.gmall.rtdw.jobs.runtime.IntervalFlush;
import com.gmall.rtdw.runtime.Backoff;
import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttpInserter;
import com.gmall.rtdw.runtime.RowBinaryTableWriter;
import com.gmall.rtdw.runtime.TableSpec;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.sink.RichSinkFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes DWS rows into their ClickHouse table with the generated RowBinary writer (defect G12: the
 * reference bound bean fields by reflection order into positional inserts), one {@code INSERT} per
 * batch: when the watermark that follows a fired window's rows passes ({@link FlushOnWatermark}),
 * at {@code batchSize} rows, {@code intervalMs} after the first pending row (rows of a window that
 * fired again for a late record), and at every checkpoint.
 *
 * <p>Nothing is kept in Flink state: a checkpoint completes only after the pending rows are
 * written, and the windows after it are computed again after a failure. Writing a window again is
 * harmless (defect S4): the tables are {@code ReplacingMergeTree(ts)} ordered by window and
 * dimensions, so the newer row replaces the older and {@code SELECT ... FINAL} shows each window
 * once.
 *
 * <p>While ClickHouse does not answer, a batch is posted again with {@code backoff} (counted in
 * {@code clickHouseRetries}); a server down for a minute delays the rows and the checkpoint, and
 * costs no restart.
 *
 * <p>A row the writer would refuse (an amount beyond its decimal type) never comes here: {@link
 * WritableRows} makes it a dead letter before.
 *
 * @param <T> the row type
 */
public final class ClickHouseSink<T> extends RichSinkFunction<T>
        implements CheckpointedFunction, FlushOnWatermark {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ClickHouseSink.class);

    private final ClickHouseEndpoint endpoint;
    private final RowBinaryTableWriter<T> writer;
    private final int batchSize;
    private final long intervalMs;
    private final Backoff backoff;

    private transient ClickHouseHttpInserter<T> inserter;
    private transient IntervalFlush interval;
    private transient Counter rowsWritten;

    public ClickHouseSink(
            ClickHouseEndpoint endpoint,
            TableSpec<T> table,
            int batchSize,
            long intervalMs,
            Backoff backoff) {
        if (batchSize < 1 || intervalMs < 1) {
            throw new IllegalArgumentException("batch size and interval must be positive");
        }
        this.endpoint = endpoint;
        this.writer = table.writer(); // the spec itself is not serializable; its writer is
        this.batchSize = batchSize;
        this.intervalMs = intervalMs;
        this.backoff = backoff;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) {
        // no state: see the class comment
    }

    @Override
    public void open(Configuration parameters) {
        // the inserter posts the batch itself when it reaches batchSize
        Counter retries = getRuntimeContext().getMetricGroup().counter("clickHouseRetries");
        inserter =
                new ClickHouseHttpInserter<>(
                        endpoint,
                        writer,
                        batchSize,
                        backoff,
                        (failure, waitMs) -> {
                            retries.inc();
                            LOG.warn(
                                    "{}: ClickHouse does not answer, posting the batch again in {} ms: {}",
                                    writer.table(),
                                    waitMs,
                                    failure.toString());
                        });
        interval = IntervalFlush.of(getRuntimeContext(), intervalMs, this::flush);
        rowsWritten = getRuntimeContext().getMetricGroup().counter("clickHouseRowsWritten");
    }

    @Override
    public void invoke(T row, Context context) throws Exception {
        int before = inserter.pendingRows();
        inserter.add(row); // encoded once before, by WritableRows: this cannot refuse it
        if (inserter.pendingRows() == 0) {
            rowsWritten.inc(before + 1L); // the batch was full and has been posted
        } else {
            interval.rowPending();
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        flush();
    }

    @Override
    public void watermarkPassed() throws Exception {
        if (inserter.pendingRows() > 0) {
            flush();
        }
    }

    private void flush() throws Exception {
        rowsWritten.inc(inserter.flush());
    }

    /** Rows waiting for the next insert (for tests). */
    int pendingRows() {
        return inserter.pendingRows();
    }

    @Override
    public void close() {
        // pending rows are not written here: close also runs on failure and cancel, and the windows
        // after the last
        // checkpoint are computed again anyway
    }
}
