package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.IntervalFlush;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.runtime.Backoff;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.tasks.ProcessingTimeService;

/**
 * Writes dim rows to Phoenix in batches, committed when {@code batchSize} rows are pending, {@code
 * intervalMs} after the first pending row, and before every checkpoint barrier (the reference
 * committed each row on its own). Only after a batch commits are its rows' cache keys deleted
 * (defect D6: invalidating first let a concurrent lookup re-cache the old row), and deleted once
 * more {@code redeleteMs} later: a lookup that read the old row just before the commit and cached
 * it just after the first delete is undone by the second. Within a batch the last write of a row
 * wins, so a row updated many times is written once.
 *
 * <p>Failures, none of which stops the job for good: while Phoenix does not answer, the batch is
 * written again with {@code backoff} (then the job restarts from its checkpoint and the rows are
 * replayed from Kafka; writing a row again is harmless). A batch Phoenix refuses (a {@link
 * PhoenixRefusals refusal}) is written again row by row, and only the rows refused on their own
 * become dead letters, this operator's output. Deletes the cache does not take (Redis down) are
 * kept, counted in {@code dimCacheDeletesDelayed} and tried again, doubling the wait up to 10 s;
 * they are the only state, so a restart still delivers them.
 */
public final class DimSink extends AbstractStreamOperator<KafkaRecord>
        implements OneInputStreamOperator<DimWrite, KafkaRecord> {
    private static final long serialVersionUID = 1L;

    private final DimWriter.Factory writerFactory;
    private final DimCache.Factory cacheFactory;
    private final int batchSize;
    private final long intervalMs;
    private final long redeleteMs;
    private final String jobName;
    private final Backoff backoff;

    private transient DimWriter writer;
    private transient DimCache cache;
    private transient Map<String, DimWrite> pending;
    private transient ProcessingTimeService time;
    private transient IntervalFlush interval;

    /** Keys deleted after a commit, to delete again when their time comes, in time order. */
    private transient ArrayDeque<Redelete> redeletes;

    /** Keys whose delete the cache has not taken yet. */
    private transient Set<String> undelivered;

    private transient ListState<String> undeliveredState;
    private transient boolean cacheRetryScheduled;
    private transient long cacheRetryMs;
    private transient Counter rowsWritten;
    private transient Counter batchesCommitted;
    private transient Counter rowsRefused;
    private transient Counter cacheDeletesDelayed;

    public DimSink(
            DimWriter.Factory writerFactory,
            DimCache.Factory cacheFactory,
            int batchSize,
            long intervalMs,
            long redeleteMs,
            String jobName,
            Backoff backoff) {
        if (batchSize < 1 || intervalMs < 1 || redeleteMs < 1) {
            throw new IllegalArgumentException(
                    "batch size, interval and redelete delay must be positive");
        }
        this.writerFactory = writerFactory;
        this.cacheFactory = cacheFactory;
        this.batchSize = batchSize;
        this.intervalMs = intervalMs;
        this.redeleteMs = redeleteMs;
        this.jobName = jobName;
        this.backoff = backoff;
    }

    private record Redelete(long due, List<String> keys) {}

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        undeliveredState =
                context.getOperatorStateStore()
                        .getUnionListState(
                                new ListStateDescriptor<>(
                                        "dim-cache-deletes-undelivered", Types.STRING));
        undelivered = new LinkedHashSet<>();
        undeliveredState.get().forEach(undelivered::add);
    }

    @Override
    public void open() throws Exception {
        super.open();
        pending = new LinkedHashMap<>();
        redeletes = new ArrayDeque<>();
        writer = writerFactory.open();
        cache = cacheFactory.open();
        time = getProcessingTimeService();
        interval = IntervalFlush.of(getRuntimeContext(), intervalMs, this::flush);
        rowsWritten = metrics().counter("dimRowsWritten");
        batchesCommitted = metrics().counter("dimBatchesCommitted");
        rowsRefused = metrics().counter("dimRowsRefused");
        cacheDeletesDelayed = metrics().counter("dimCacheDeletesDelayed");
        cacheRetryMs = Backoff.FIRST_WAIT_MS;
        deliverCacheDeletes(); // the ones a failed run left behind
    }

    private org.apache.flink.metrics.MetricGroup metrics() {
        return getRuntimeContext().getMetricGroup();
    }

    @Override
    public void processElement(StreamRecord<DimWrite> element) throws Exception {
        DimWrite write = element.getValue();
        String row = write.cacheKey();
        pending.remove(row); // re-insert: the row's place is that of its last write
        pending.put(row, write);
        if (pending.size() >= batchSize) {
            flush();
        } else {
            interval.rowPending();
        }
    }

    /**
     * Before the barrier: the batch is committed, and its dead letters belong to this checkpoint.
     */
    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        flush();
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        List<String> keys = new ArrayList<>(undelivered);
        redeletes.forEach(r -> keys.addAll(r.keys()));
        undeliveredState.update(keys);
    }

    /** Commits the pending rows, then forgets their cache entries. */
    void flush() throws Exception {
        if (pending.isEmpty()) {
            return;
        }
        List<DimWrite> batch = new ArrayList<>(pending.values());
        pending.clear();
        List<String> keys = write(batch).stream().map(DimWrite::cacheKey).toList();
        if (keys.isEmpty()) {
            return;
        }
        deleteFromCache(keys);
        long due = time.getCurrentProcessingTime() + redeleteMs;
        redeletes.add(new Redelete(due, keys));
        time.registerTimer(due, this::redeleteDue);
        rowsWritten.inc(keys.size());
        batchesCommitted.inc();
    }

    /**
     * Writes the batch, or if Phoenix refuses it, each row on its own; returns the rows written.
     */
    private List<DimWrite> write(List<DimWrite> batch) throws SQLException {
        try {
            commit(batch);
            return batch;
        } catch (SQLException e) {
            if (!PhoenixRefusals.isRefusal(e)) {
                throw e;
            }
            LOG.warn(
                    "Phoenix refused a batch of {} rows, writing them one by one: {}",
                    batch.size(),
                    e.getMessage());
        }
        List<DimWrite> written = new ArrayList<>();
        for (DimWrite row : batch) {
            try {
                commit(List.of(row));
                written.add(row);
            } catch (SQLException e) {
                if (!PhoenixRefusals.isRefusal(e)) {
                    throw e;
                }
                rowsRefused.inc();
                output.collect(
                        new StreamRecord<>(
                                DeadLetters.of(
                                        jobName,
                                        "Phoenix refused the row: " + e.getMessage(),
                                        "topic_db",
                                        -1,
                                        -1,
                                        row.toString().getBytes(StandardCharsets.UTF_8))));
            }
        }
        return written;
    }

    private void commit(List<DimWrite> rows) throws SQLException {
        backoff.call(
                () -> {
                    writer.write(rows);
                    return null;
                },
                e -> !PhoenixRefusals.isRefusal(e),
                (failure, waitMs) ->
                        LOG.warn(
                                "Phoenix does not answer, writing {} rows again in {} ms: {}",
                                rows.size(),
                                waitMs,
                                failure.toString()));
    }

    private void redeleteDue(long now) {
        while (!redeletes.isEmpty() && redeletes.peek().due() <= now) {
            deleteFromCache(redeletes.poll().keys());
        }
    }

    private void deleteFromCache(List<String> keys) {
        undelivered.addAll(keys);
        deliverCacheDeletes();
    }

    private void deliverCacheDeletes() {
        if (undelivered.isEmpty()) {
            return;
        }
        try {
            cache.invalidate(new ArrayList<>(undelivered));
            undelivered.clear();
            cacheRetryMs = Backoff.FIRST_WAIT_MS;
        } catch (DimCacheUnavailableException e) {
            cacheDeletesDelayed.inc();
            LOG.warn(
                    "{} cache deletes delayed, trying again in {} ms: {}",
                    undelivered.size(),
                    cacheRetryMs,
                    e.getMessage());
            if (!cacheRetryScheduled) {
                cacheRetryScheduled = true;
                time.registerTimer(
                        time.getCurrentProcessingTime() + cacheRetryMs,
                        now -> {
                            cacheRetryScheduled = false;
                            deliverCacheDeletes();
                        });
                cacheRetryMs = Backoff.nextWait(cacheRetryMs); // the same schedule as every retry
            }
        }
    }

    /** Rows written but not yet committed (for tests). */
    int pendingRows() {
        return pending.size();
    }

    /** Cache deletes not yet taken (for tests). */
    int undeliveredCacheDeletes() {
        return undelivered.size();
    }

    @Override
    public void close() throws Exception {
        // pending rows are not committed here: close also runs on failure and cancel, and the rows
        // after the last
        // checkpoint are replayed from Kafka anyway
        super.close();
        closeClients();
    }

    @Override
    public void dispose() throws Exception {
        super.dispose();
        closeClients();
    }

    private void closeClients() {
        if (writer != null) {
            writer.close();
            writer = null;
        }
        if (cache != null) {
            cache.close();
            cache = null;
        }
    }
}
