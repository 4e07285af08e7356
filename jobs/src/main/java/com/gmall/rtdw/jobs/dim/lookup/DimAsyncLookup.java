package com.gmall.rtdw.jobs.dim.lookup;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;

/**
 * Enriches each record with one dim row through a {@link DimLookupService}, for {@code
 * AsyncDataStream}. Emits {@code (record, timedOut)}: {@link DimLookups} routes timed-out records
 * by the {@link TimeoutPolicy}.
 *
 * <ul>
 *   <li>Null keys are not looked up (defect L5); the record goes on unchanged and is counted.
 *   <li>A key with no row: the record goes on without the dim and is counted as not found.
 *   <li>A failed lookup (Phoenix down) fails the operator, so the job restarts from its checkpoint
 *       rather than emit records silently missing their dims.
 *   <li>A timeout completes the record unenriched (defect L4). A lookup finishing later no longer
 *       touches it.
 *   <li>The join gets a copy of the record: the lookup thread must not change the record the
 *       operator holds (and may serialize into a checkpoint) meanwhile.
 * </ul>
 *
 * Counters {@code dimLookupHits}, {@code dimLookupMisses} (asked Phoenix), {@code
 * dimLookupNotFound}, {@code dimLookupNullKeys}, {@code dimLookupTimeouts} and the histogram {@code
 * dimLookupLatencyMs}.
 *
 * @param <T> the record type
 */
public final class DimAsyncLookup<T> extends RichAsyncFunction<T, Tuple2<T, Boolean>> {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final String keyColumn;
    private final DimJoin<T> join;
    private final DimLookupService.Factory serviceFactory;
    private final TypeInformation<T> type;

    private transient DimLookupService service;
    private transient TypeSerializer<T> serializer;

    /**
     * Lookups in flight, by their result future: whoever finishes first (lookup or timeout)
     * completes it.
     */
    private transient Map<ResultFuture<Tuple2<T, Boolean>>, AtomicBoolean> inFlight;

    transient Counter hits;
    transient Counter misses;
    transient Counter notFound;
    transient Counter nullKeys;
    transient Counter timeouts;
    private transient LatencyHistogram latency;

    /**
     * @param table the Phoenix table, e.g. {@code DIM_SKU_INFO}
     * @param keyColumn the column the key is matched against, e.g. {@code ID}
     */
    public DimAsyncLookup(
            String table,
            String keyColumn,
            DimJoin<T> join,
            DimLookupService.Factory serviceFactory,
            TypeInformation<T> type) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.join = join;
        this.serviceFactory = serviceFactory;
        this.type = type;
    }

    @Override
    public void open(Configuration parameters) {
        service = serviceFactory.open();
        serializer = type.createSerializer(getRuntimeContext().getExecutionConfig());
        inFlight = Collections.synchronizedMap(new IdentityHashMap<>());
        MetricGroup metrics = getRuntimeContext().getMetricGroup().addGroup("dim", table);
        hits = metrics.counter("dimLookupHits", new AtomicCounter());
        misses = metrics.counter("dimLookupMisses", new AtomicCounter());
        notFound = metrics.counter("dimLookupNotFound", new AtomicCounter());
        nullKeys = metrics.counter("dimLookupNullKeys", new AtomicCounter());
        timeouts = metrics.counter("dimLookupTimeouts", new AtomicCounter());
        latency = metrics.histogram("dimLookupLatencyMs", new LatencyHistogram());
    }

    @Override
    public void asyncInvoke(T record, ResultFuture<Tuple2<T, Boolean>> result) {
        String key = join.key(record);
        if (key == null) {
            nullKeys.inc();
            result.complete(List.of(Tuple2.of(record, false)));
            return;
        }
        T copy =
                serializer.copy(
                        record); // here, on the task thread: serializers are not thread-safe
        AtomicBoolean done = new AtomicBoolean();
        inFlight.put(result, done);
        long start = System.nanoTime();
        service.lookup(table, keyColumn, key)
                .whenComplete(
                        (found, error) -> {
                            if (!done.compareAndSet(false, true)) {
                                return; // timed out already: the record has gone on
                            }
                            inFlight.remove(result);
                            try {
                                if (error != null) {
                                    result.completeExceptionally(error);
                                    return;
                                }
                                latency.update((System.nanoTime() - start) / 1_000_000);
                                (found.cacheHit() ? hits : misses).inc();
                                if (found.row().isEmpty()) {
                                    notFound.inc();
                                    result.complete(List.of(Tuple2.of(record, false)));
                                } else {
                                    result.complete(
                                            List.of(
                                                    Tuple2.of(
                                                            join.join(copy, found.row().get()),
                                                            false)));
                                }
                            } catch (RuntimeException e) {
                                result.completeExceptionally(
                                        e); // a failing join fails the job rather than vanish on
                                // this thread
                            }
                        });
    }

    @Override
    public void timeout(T record, ResultFuture<Tuple2<T, Boolean>> result) {
        AtomicBoolean done = inFlight.remove(result);
        if (done != null && done.compareAndSet(false, true)) {
            timeouts.inc();
            result.complete(List.of(Tuple2.of(record, true)));
        }
    }

    /** Lookups not yet completed (for tests: nothing is left behind). */
    int inFlight() {
        return inFlight.size();
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
    }
}
