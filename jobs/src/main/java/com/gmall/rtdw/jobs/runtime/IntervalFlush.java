package com.gmall.rtdw.jobs.runtime;

import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.streaming.api.operators.StreamingRuntimeContext;
import org.apache.flink.streaming.runtime.tasks.ProcessingTimeService;

/**
 * A batching sink's "at least this often": one processing-time timer, set when a first row waits
 * and not again until it has fired, so that a trickle of rows is written within the interval
 * without a timer per row.
 */
public final class IntervalFlush {
    /** What the timer does: write the pending batch. */
    @FunctionalInterface
    public interface Flush {
        void flush() throws Exception;
    }

    private final ProcessingTimeService time;
    private final long intervalMs;
    private final Flush flush;
    private boolean scheduled;

    private IntervalFlush(ProcessingTimeService time, long intervalMs, Flush flush) {
        this.time = time;
        this.intervalMs = intervalMs;
        this.flush = flush;
    }

    /** For a sink function, in its {@code open}. */
    public static IntervalFlush of(RuntimeContext context, long intervalMs, Flush flush) {
        return new IntervalFlush(
                ((StreamingRuntimeContext) context).getProcessingTimeService(), intervalMs, flush);
    }

    /** A row waits: the batch is written within the interval unless something writes it sooner. */
    public void rowPending() {
        if (!scheduled) {
            scheduled = true;
            time.registerTimer(
                    time.getCurrentProcessingTime() + intervalMs,
                    timestamp -> {
                        scheduled = false;
                        flush.flush();
                    });
        }
    }
}
