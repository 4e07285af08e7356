package com.gmall.rtdw.jobs.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.ChainingStrategy;
import org.apache.flink.streaming.api.operators.InternalTimer;
import org.apache.flink.streaming.api.operators.InternalTimerService;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.operators.Triggerable;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;

/**
 * Each key's first record of each day (in the warehouse zone) by event time, as signed
 * contributions ({@link Signed}): the daily unique users, visitors and payers of the DWS jobs
 * (docs/jobs.md). A key's records can arrive out of order (a user's orders sit in different
 * partitions, a phone uploads its logs late), so:
 *
 * <ul>
 *   <li>the day's earliest record so far is held until the watermark passes it, then added with its
 *       own timestamp (most disorder ends here, without a correction);
 *   <li>an earlier record arriving after the day's first was added <b>corrects</b> it: the first is
 *       taken back ({@code -1}, with the first's timestamp, so its window fires again one lower)
 *       and the earlier record added ({@code +1}, its own timestamp). Windows summing the
 *       contributions end as if the records had come in order;
 *   <li>a record whose window has closed for good (its end plus the allowed lateness behind the
 *       watermark, the rule of Flink's windows) cannot be counted any more: when it would have been
 *       the day's first it goes to the {@link #lateRecords() late side output} (the jobs make it a
 *       dead letter with its reason), and the day's count stays with the next record, as if the
 *       late one had never come. A late record after the day's first changes nothing and is let go.
 * </ul>
 *
 * Each day is judged on its own (the reference kept one "last date" and never updated it when the
 * day changed, defect O1).
 *
 * <p>State per key: the pending earliest record of each open day, and each counted day's first (to
 * take it back). A counted day is forgotten by an event-time timer once no record of it can be
 * counted any more (the window of the day's last moment has closed for good), so a key holds a day
 * or two at most. State names and the timer service are those of the earlier {@code
 * KeyedProcessFunction} version, so its savepoints restore; the days it emitted kept no record and
 * cannot be corrected ({@code days-emitted}).
 *
 * @param <K> the key (a user, a device and page)
 * @param <T> the record type
 */
public final class FirstOfDay<K, T> extends AbstractStreamOperator<Signed<T>>
        implements OneInputStreamOperator<T, Signed<T>>, Triggerable<K, VoidNamespace> {
    private static final long serialVersionUID = 2L;

    private final ZoneId zone;
    private final WindowLateness lateness;
    private final long allowedLatenessMs;
    private final TypeInformation<T> type;
    private final OutputTag<T> late;
    private boolean corrections = true;
    private transient InternalTimerService<VoidNamespace> timers;

    /** Day → the earliest record of the day not yet added. */
    private transient MapState<Long, T> pending;

    /** Day → the timestamp of {@link #pending}'s record (its timer). */
    private transient MapState<Long, Long> pendingAt;

    /** Day → the record counted as the day's first. */
    private transient MapState<Long, T> counted;

    /** Day → the timestamp of {@link #counted}'s record. */
    private transient MapState<Long, Long> countedAt;

    /**
     * Days counted by the version before corrections (restored from its savepoints): their first is
     * unknown.
     */
    private transient MapState<Long, Boolean> countedBefore;

    /**
     * @param windowMs the size of the tumbling windows the contributions go to (1 for none): with
     *     the allowed lateness, it says when a record's window has closed for good
     */
    public FirstOfDay(ZoneId zone, long windowMs, long allowedLatenessMs, TypeInformation<T> type) {
        this.zone = zone;
        this.lateness = new WindowLateness(windowMs, allowedLatenessMs);
        this.allowedLatenessMs = allowedLatenessMs;
        this.type = type;
        this.late = new OutputTag<>("late-firsts", type);
        setChainingStrategy(ChainingStrategy.ALWAYS);
    }

    /**
     * For an output that cannot take a record back (a Kafka topic of firsts): an earlier record
     * arriving after the day's first was sent goes to the {@link #lateRecords() late side output}
     * instead of correcting it.
     */
    public FirstOfDay<K, T> withoutCorrections() {
        corrections = false;
        return this;
    }

    /**
     * {@code keyed} through a new instance named {@code name} with uid {@code uid}; its late
     * records are in {@code getSideOutput(} {@link #lateRecords()} {@code )} of the result.
     */
    public SingleOutputStreamOperator<Signed<T>> apply(
            KeyedStream<T, K> keyed, String name, String uid) {
        return keyed.transform(name, Signed.type(type), this).uid(uid);
    }

    /**
     * Records that would have been their day's first but came after their window closed for good
     * (or, without corrections, after the day's first was sent).
     */
    public OutputTag<T> lateRecords() {
        return late;
    }

    @Override
    public void open() throws Exception {
        super.open();
        timers = getInternalTimerService("user-timers", VoidNamespaceSerializer.INSTANCE, this);
        pending =
                getKeyedStateStore()
                        .getMapState(new MapStateDescriptor<>("pending-first", Types.LONG, type));
        pendingAt =
                getKeyedStateStore()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "pending-first-at", Types.LONG, Types.LONG));
        counted =
                getKeyedStateStore()
                        .getMapState(new MapStateDescriptor<>("counted-first", Types.LONG, type));
        countedAt =
                getKeyedStateStore()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "counted-first-at", Types.LONG, Types.LONG));
        countedBefore =
                getKeyedStateStore()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "days-emitted", Types.LONG, Types.BOOLEAN));
    }

    @Override
    public void processElement(StreamRecord<T> element) throws Exception {
        T record = element.getValue();
        long at = element.getTimestamp();
        long watermark = timers.currentWatermark();
        long day = day(at);
        if (countedBefore.contains(day)) {
            return;
        }
        Long firstAt = countedAt.get(day);
        if (firstAt != null && at >= firstAt) {
            return; // not the day's first
        }
        Long earliest = pendingAt.get(day);
        if (earliest != null && at >= earliest) {
            return; // not the day's first either: an earlier one waits for the watermark
        }
        if (lateness.closedForGood(at, watermark) || (firstAt != null && !corrections)) {
            output.collect(late, new StreamRecord<>(record, at));
            return;
        }
        if (firstAt != null) {
            // an earlier record of a day already counted: move the count to it
            output.collect(new StreamRecord<>(Signed.retract(counted.get(day)), firstAt));
            count(day, record, at);
            return;
        }
        if (earliest != null) {
            timers.deleteEventTimeTimer(VoidNamespace.INSTANCE, earliest);
        }
        if (at <= watermark) {
            // behind the watermark: no earlier record of the day is coming, and a timer would wait
            // for the next
            // watermark, which a quiet stream may never send
            pending.remove(day);
            pendingAt.remove(day);
            count(day, record, at);
            timers.registerEventTimeTimer(VoidNamespace.INSTANCE, forgetAt(day));
            return;
        }
        pending.put(day, record);
        pendingAt.put(day, at);
        timers.registerEventTimeTimer(VoidNamespace.INSTANCE, at);
    }

    private void count(long day, T record, long at) throws Exception {
        output.collect(new StreamRecord<>(Signed.add(record), at));
        counted.put(day, record);
        countedAt.put(day, at);
    }

    @Override
    public void onEventTime(InternalTimer<K, VoidNamespace> timer) throws Exception {
        long now = timer.getTimestamp();
        List<Long> due = new ArrayList<>();
        for (Map.Entry<Long, Long> p : pendingAt.entries()) {
            if (p.getValue() <= now) {
                due.add(p.getKey());
            }
        }
        for (long day : due) {
            T first = pending.get(day);
            long at = pendingAt.get(day);
            pending.remove(day);
            pendingAt.remove(day);
            count(day, first, at);
            timers.registerEventTimeTimer(VoidNamespace.INSTANCE, forgetAt(day));
        }
        List<Long> over = new ArrayList<>();
        for (Long day : countedAt.keys()) {
            if (forgetAt(day) <= now) {
                over.add(day);
            }
        }
        for (long day : over) {
            counted.remove(day);
            countedAt.remove(day);
        }
        List<Long> overBefore = new ArrayList<>();
        for (Long day : countedBefore.keys()) {
            if (dayEnd(day) + allowedLatenessMs
                    <= now) { // the earlier version's timer, restored with the day
                overBefore.add(day);
            }
        }
        for (long day : overBefore) {
            countedBefore.remove(day);
        }
    }

    @Override
    public void onProcessingTime(InternalTimer<K, VoidNamespace> timer) {}

    private long day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone).toEpochDay();
    }

    private long dayEnd(long day) {
        return LocalDate.ofEpochDay(day + 1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /**
     * Just after no record of {@code day} can be counted any more: the window of its last moment
     * closed for good.
     */
    private long forgetAt(long day) {
        return lateness.closesForGoodAt(dayEnd(day) - 1) + 1;
    }
}
