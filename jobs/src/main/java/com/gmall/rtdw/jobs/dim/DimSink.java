package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.jobs.runtime.IntervalFlush;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.sink.RichSinkFunction;
import org.apache.flink.streaming.api.operators.StreamingRuntimeContext;
import org.apache.flink.streaming.runtime.tasks.ProcessingTimeService;

/**
 * Writes dim rows to Phoenix in batches, committed when {@code batchSize} rows are pending, {@code intervalMs} after
 * the first pending row, and at every checkpoint (the reference committed each row on its own). Only after a batch
 * commits are its rows' cache keys deleted (defect D6: invalidating first let a concurrent lookup re-cache the old
 * row), and deleted once more {@code redeleteMs} later: a lookup that read the old row just before the commit and
 * cached it just after the first delete is undone by the second. Within a batch the last write of a row wins, so a
 * row updated many times is written once.
 *
 * <p>Nothing is kept in Flink state: a checkpoint completes only after the pending rows are committed, and rows
 * after it are replayed from Kafka after a failure; writing a row again is harmless.
 */
public final class DimSink extends RichSinkFunction<DimWrite> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;

    private final DimWriter.Factory writerFactory;
    private final DimCache.Factory cacheFactory;
    private final int batchSize;
    private final long intervalMs;
    private final long redeleteMs;

    private transient DimWriter writer;
    private transient DimCache cache;
    private transient Map<String, DimWrite> pending;
    private transient ProcessingTimeService time;
    private transient IntervalFlush interval;
    /** Keys deleted after a commit, to delete again when their time comes, in time order. */
    private transient ArrayDeque<Redelete> redeletes;
    private transient Counter rowsWritten;
    private transient Counter batchesCommitted;

    public DimSink(DimWriter.Factory writerFactory, DimCache.Factory cacheFactory, int batchSize, long intervalMs,
            long redeleteMs) {
        if (batchSize < 1 || intervalMs < 1 || redeleteMs < 1) {
            throw new IllegalArgumentException("batch size, interval and redelete delay must be positive");
        }
        this.writerFactory = writerFactory;
        this.cacheFactory = cacheFactory;
        this.batchSize = batchSize;
        this.intervalMs = intervalMs;
        this.redeleteMs = redeleteMs;
    }

    private record Redelete(long due, List<String> keys) {}

    @Override
    public void initializeState(FunctionInitializationContext context) {
        // no state: see the class comment
    }

    @Override
    public void open(Configuration parameters) {
        pending = new LinkedHashMap<>();
        redeletes = new ArrayDeque<>();
        writer = writerFactory.open();
        cache = cacheFactory.open();
        time = ((StreamingRuntimeContext) getRuntimeContext()).getProcessingTimeService();
        interval = IntervalFlush.of(getRuntimeContext(), intervalMs, this::flush);
        rowsWritten = getRuntimeContext().getMetricGroup().counter("dimRowsWritten");
        batchesCommitted = getRuntimeContext().getMetricGroup().counter("dimBatchesCommitted");
    }

    @Override
    public void invoke(DimWrite write, Context context) throws Exception {
        String row = write.cacheKey();
        pending.remove(row); // re-insert: the row's place is that of its last write
        pending.put(row, write);
        if (pending.size() >= batchSize) {
            flush();
        } else {
            interval.rowPending();
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        flush();
    }

    /** Commits the pending rows, then forgets their cache entries. */
    void flush() throws Exception {
        if (pending.isEmpty()) {
            return;
        }
        List<DimWrite> batch = new ArrayList<>(pending.values());
        List<String> keys = new ArrayList<>(pending.keySet());
        writer.write(batch);
        cache.invalidate(keys);
        pending.clear();
        long due = time.getCurrentProcessingTime() + redeleteMs;
        redeletes.add(new Redelete(due, keys));
        time.registerTimer(due, timestamp -> redeleteDue(timestamp));
        rowsWritten.inc(batch.size());
        batchesCommitted.inc();
    }

    private void redeleteDue(long now) {
        while (!redeletes.isEmpty() && redeletes.peek().due() <= now) {
            cache.invalidate(redeletes.poll().keys());
        }
    }

    /** Rows written but not yet committed (for tests). */
    int pendingRows() {
        return pending.size();
    }

    @Override
    public void close() {
        // pending rows are not committed here: close also runs on failure and cancel, and the rows after the last
        // checkpoint are replayed from Kafka anyway
        if (writer != null) {
            writer.close();
        }
        if (cache != null) {
            cache.close();
        }
    }
}
