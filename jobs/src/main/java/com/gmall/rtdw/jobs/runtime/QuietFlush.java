package com.gmall.rtdw.jobs.runtime;

import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.ChainingStrategy;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.tasks.ProcessingTimeCallback;

/**
 * Closes the last windows (and CEP timeouts) when an input goes quiet. Event time moves only when records come, so
 * after the shop goes quiet (a demo ends, the night) the newest windows would stay open. When no record has passed
 * for {@code quietMs} of processing time, this operator moves the watermark to its {@code target} for the newest
 * record it has seen (for a window: the end of its window), so what is pending fires. A record that still comes for it is late: its window takes it
 * back within the allowed lateness and fires again, and the newer ClickHouse row replaces the older one.
 *
 * <p>The jump is bounded by the target (one window, one CEP timeout past the newest record), never to the wall clock, so a job replaying old
 * data is not pushed ahead of it. It runs chained to its source, before the source's partitions are marked idle
 * (an idle task's watermarks are not sent on).
 *
 * @param <T> the record type
 */
public final class QuietFlush<T> extends AbstractStreamOperator<T>
        implements OneInputStreamOperator<T, T>, ProcessingTimeCallback {
    private static final long serialVersionUID = 1L;

    /** Where the watermark goes when the input is quiet, given the newest record's timestamp. */
    public interface Target extends java.io.Serializable {
        long watermarkFor(long newestTimestamp);

        /** The end of the tumbling window (aligned to the epoch, as Flink's are) holding the newest record. */
        static Target endOfWindow(long windowMs) {
            return newest -> newest - Math.floorMod(newest, windowMs) + windowMs - 1;
        }

        /** {@code ms} after the newest record (a CEP pattern's {@code within}). */
        static Target after(long ms) {
            return newest -> newest + ms;
        }
    }

    private final long quietMs;
    private final Target target;
    private transient long newest;
    private transient long lastRecordAt;
    private transient long emitted;

    /** @param target where the watermark goes when quiet, given the newest record's timestamp */
    public QuietFlush(long quietMs, Target target) {
        this.quietMs = quietMs;
        this.target = target;
        setChainingStrategy(ChainingStrategy.ALWAYS);
    }

    @Override
    public void open() throws Exception {
        super.open();
        newest = Long.MIN_VALUE;
        emitted = Long.MIN_VALUE;
        lastRecordAt = getProcessingTimeService().getCurrentProcessingTime();
        schedule();
    }

    @Override
    public void processElement(StreamRecord<T> element) {
        if (element.hasTimestamp()) {
            newest = Math.max(newest, element.getTimestamp());
        }
        lastRecordAt = getProcessingTimeService().getCurrentProcessingTime();
        output.collect(element);
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        if (mark.getTimestamp() > emitted) {
            emitted = mark.getTimestamp();
            super.processWatermark(mark);
        }
    }

    @Override
    public void onProcessingTime(long now) throws Exception {
        if (newest != Long.MIN_VALUE && now - lastRecordAt >= quietMs) {
            long flushTo = target.watermarkFor(newest);
            if (flushTo > emitted) {
                processWatermark(new Watermark(flushTo));
            }
        }
        schedule();
    }

    private void schedule() {
        getProcessingTimeService().registerTimer(
                getProcessingTimeService().getCurrentProcessingTime() + Math.max(100, quietMs / 4), this);
    }
}
