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
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Each key's first record of each day (in the warehouse zone) by event time: the daily unique users, visitors and
 * payers of the DWS jobs (docs/jobs.md): page visits, logins, cart additions, payments and orders. A key's records can
 * arrive out of order (a user's orders sit in different partitions), so the day's earliest record so far is held until
 * the watermark passes it; only then is it surely the first, and it is emitted with its own timestamp. A record that
 * comes behind the watermark is decided at once. Later records of a day already emitted are not firsts. Each day is
 * judged on its own (the reference kept one "last date" and never updated it when the day changed, defect O1).
 *
 * <p>State per key: the pending earliest record of each open day, and the days already emitted. An emitted day is
 * forgotten by an event-time timer once the watermark passes the day's end plus the allowed lateness (a record
 * later than that is dropped by the window as late anyway), so a key holds a day or two at most.
 *
 * @param <K> the key (a user, a device and page)
 * @param <T> the record type
 */
public final class FirstOfDay<K, T> extends KeyedProcessFunction<K, T, T> implements ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;

    private final ZoneId zone;
    private final long allowedLatenessMs;
    private final TypeInformation<T> type;
    /** Day → the earliest record of the day not yet emitted. */
    private transient MapState<Long, T> pending;
    /** Day → the timestamp of {@link #pending}'s record (its timer). */
    private transient MapState<Long, Long> pendingAt;
    /** Days whose first record has been emitted. */
    private transient MapState<Long, Boolean> emitted;

    public FirstOfDay(ZoneId zone, long allowedLatenessMs, TypeInformation<T> type) {
        this.zone = zone;
        this.allowedLatenessMs = allowedLatenessMs;
        this.type = type;
    }

    @Override
    public void open(Configuration parameters) {
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-first", Types.LONG, type));
        pendingAt = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-first-at", Types.LONG, Types.LONG));
        emitted = getRuntimeContext().getMapState(new MapStateDescriptor<>("days-emitted", Types.LONG, Types.BOOLEAN));
    }

    @Override
    public void processElement(T record, Context ctx, Collector<T> out) throws Exception {
        long at = ctx.timestamp();
        long day = day(at);
        if (emitted.contains(day) || forgetAt(day) <= ctx.timerService().currentWatermark()) {
            return; // the day's first is out already, or the day is over for good
        }
        Long earliest = pendingAt.get(day);
        if (earliest != null && at >= earliest) {
            return;
        }
        if (earliest != null) {
            ctx.timerService().deleteEventTimeTimer(earliest);
        }
        if (at <= ctx.timerService().currentWatermark()) {
            // late: the watermark has passed it, so no earlier record of the day is coming; a timer would wait for
            // the next watermark, which a quiet stream may never send
            pending.remove(day);
            pendingAt.remove(day);
            emit(day, record, ctx.timerService(), out);
            return;
        }
        pending.put(day, record);
        pendingAt.put(day, at);
        ctx.timerService().registerEventTimeTimer(at);
    }

    private void emit(long day, T record, org.apache.flink.streaming.api.TimerService timers, Collector<T> out)
            throws Exception {
        out.collect(record);
        emitted.put(day, true);
        timers.registerEventTimeTimer(forgetAt(day));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<T> out) throws Exception {
        List<Long> due = new ArrayList<>();
        for (Map.Entry<Long, Long> p : pendingAt.entries()) {
            if (p.getValue() <= timestamp) {
                due.add(p.getKey());
            }
        }
        for (long day : due) {
            T first = pending.get(day);
            pending.remove(day);
            pendingAt.remove(day);
            emit(day, first, ctx.timerService(), out);
        }
        List<Long> over = new ArrayList<>();
        for (Long day : emitted.keys()) {
            if (forgetAt(day) <= timestamp) {
                over.add(day);
            }
        }
        for (long day : over) {
            emitted.remove(day);
        }
    }

    private long day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone).toEpochDay();
    }

    /** The end of {@code day} in the zone plus the allowed lateness. */
    private long forgetAt(long day) {
        return LocalDate.ofEpochDay(day + 1).atStartOfDay(zone).toInstant().toEpochMilli() + allowedLatenessMs;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return type;
    }
}
