package com.gmall.rtdw.jobs.runtime;

import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.ChainingStrategy;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.streamstatus.StreamStatus;
import org.apache.flink.streaming.runtime.streamstatus.StreamStatusMaintainer;
import org.apache.flink.streaming.runtime.tasks.ProcessingTimeCallback;

/**
 * Closes the last windows (and CEP timeouts) when an input goes quiet. Event time moves only when
 * records come, so after the shop goes quiet (a demo ends, the night) the newest windows would stay
 * open. When no record has passed for {@code quietMs} of processing time, this operator moves the
 * watermark to its {@code target} for the newest record it has seen (for a window: the end of its
 * window), so what is pending fires. A record that still comes for it is late: its window takes it
 * back within the allowed lateness and fires again, and the newer ClickHouse row replaces the older
 * one.
 *
 * <p>The jump is bounded by the target (one window, one CEP timeout past the newest record), never
 * to the wall clock, so a job replaying old data is not pushed ahead of it. It runs chained to its
 * source, before the source's partitions are marked idle (an idle task's watermarks are not sent
 * on).
 *
 * <p>It also carries the watermark across a restore, which Flink does not: each subtask keeps the
 * watermark it had sent at the checkpoint, and a restored subtask first sends the least of them
 * (what the operators downstream had then; each subtask sees all with union state), so a record
 * that was too late before the failure is too late again instead of reopening a window that fired
 * and was purged (whose new row would replace the complete one). It keeps the newest record's
 * timestamp too: windows still open at the checkpoint come back with the restore, and when no
 * record follows (the input went quiet before the failure) only the flush can close them (seen: a
 * sparse table's last window never written after a sink failure restored the job).
 *
 * @param <T> the record type
 */
public final class QuietFlush<T> extends AbstractStreamOperator<T>
        implements OneInputStreamOperator<T, T>, ProcessingTimeCallback {
    private static final long serialVersionUID = 1L;

    /** Where the watermark goes when the input is quiet, given the newest record's timestamp. */
    public interface Target extends java.io.Serializable {
        long watermarkFor(long newestTimestamp);

        /**
         * The end of the tumbling window (aligned to the epoch, as Flink's are) holding the newest
         * record.
         */
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

    /**
     * The watermark this operator had sent, per subtask, at the checkpoint (union: every subtask
     * sees all).
     */
    private transient ListState<Long> sentAtCheckpoint;

    /** This subtask's newest record's timestamp at the checkpoint (its own, not a union). */
    private transient ListState<Long> newestAtCheckpoint;

    /** The least of {@link #sentAtCheckpoint} on restore, or {@code Long.MIN_VALUE}. */
    private transient long restored;

    /**
     * @param target where the watermark goes when quiet, given the newest record's timestamp
     */
    public QuietFlush(long quietMs, Target target) {
        this.quietMs = quietMs;
        this.target = target;
        setChainingStrategy(ChainingStrategy.ALWAYS);
    }

    @Override
    public void open() throws Exception {
        super.open();
        emitted = Long.MIN_VALUE;
        if (restored != Long.MIN_VALUE) {
            // Flink does not restore watermarks: without this, records that were too late before
            // the failure
            // would be accepted again and reopen windows long fired and purged
            processWatermark(new Watermark(restored));
        }
        lastRecordAt = getProcessingTimeService().getCurrentProcessingTime();
        schedule();
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        sentAtCheckpoint =
                context.getOperatorStateStore()
                        .getUnionListState(new ListStateDescriptor<>("watermark-sent", Types.LONG));
        newestAtCheckpoint =
                context.getOperatorStateStore()
                        .getListState(new ListStateDescriptor<>("newest-seen", Types.LONG));
        restored = Long.MIN_VALUE;
        newest = Long.MIN_VALUE;
        if (context.isRestored()) {
            for (Long seen : newestAtCheckpoint.get()) {
                newest = Math.max(newest, seen);
            }
            long least = Long.MAX_VALUE;
            for (Long sent : sentAtCheckpoint.get()) {
                least = Math.min(least, sent);
            }
            restored = least == Long.MAX_VALUE ? Long.MIN_VALUE : least;
        }
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        sentAtCheckpoint.update(List.of(emitted));
        newestAtCheckpoint.update(List.of(newest));
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
    public void onProcessingTime(long scheduledFor) throws Exception {
        // the time now, not the time the check was due: a busy task can run it late
        long now = getProcessingTimeService().getCurrentProcessingTime();
        if (newest != Long.MIN_VALUE && now - lastRecordAt >= quietMs) {
            long flushTo = target.watermarkFor(newest);
            if (flushTo > emitted) {
                makeActive();
                processWatermark(new Watermark(flushTo));
            }
        }
        schedule();
    }

    /**
     * Makes sure the flush reaches the windows. Once every partition of the source has been quiet
     * for its idle timeout, the source marks this task idle, and Flink 1.13 drops the watermarks an
     * idle task sends; records coming again do not mark it active, only a new highest watermark of
     * its partitions does, which a partition still active with an older watermark can prevent
     * (seen: the last window of the day never written, its rows arrived and flushed to a watermark
     * that never left the task). Every job with a quiet flush has this one source, so an idle
     * status helps nothing downstream.
     */
    private void makeActive() {
        StreamStatusMaintainer status = getContainingTask().getStreamStatusMaintainer();
        if (status.getStreamStatus().isIdle()) {
            status.toggleStreamStatus(StreamStatus.ACTIVE);
        }
    }

    private void schedule() {
        getProcessingTimeService()
                .registerTimer(
                        getProcessingTimeService().getCurrentProcessingTime()
                                + Math.max(100, quietMs / 4),
                        this);
    }
}
