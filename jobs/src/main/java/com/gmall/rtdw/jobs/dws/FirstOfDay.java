package com.gmall.rtdw.jobs.dws;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Marks each key's first record of each day (in the warehouse zone, by the record's event time): the daily unique
 * users, visitors and payers of spec 8.3, 8.6, 8.7 and 8.8. The state is the set of days already seen, so an
 * out-of-order record of an earlier day is judged against its own day (the reference kept one "last date" and
 * never updated it when the day changed, defect O1). A day's entry is removed by an event-time timer once the
 * watermark passes the end of the day plus the allowed lateness: a record later than that is late for its window
 * too, so no count depends on the removed entry.
 *
 * <p>{@code onlyFirsts}: pass only the day's first records (unique-user counts); otherwise pass every record, the
 * first ones marked (the order window sums every detail's amounts).
 *
 * @param <K> the key (a user, a device and page)
 * @param <T> the record type
 */
public final class FirstOfDay<K, T> extends KeyedProcessFunction<K, T, T> implements ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;

    /** Marks a record as its key's first of the day. */
    @FunctionalInterface
    public interface Mark<T> extends java.io.Serializable {
        void first(T record);
    }

    private final ZoneId zone;
    private final long allowedLatenessMs;
    private final boolean onlyFirsts;
    private final Mark<T> mark;
    private final TypeInformation<T> type;
    private transient MapState<Long, Boolean> daysSeen;

    public FirstOfDay(ZoneId zone, long allowedLatenessMs, boolean onlyFirsts, Mark<T> mark, TypeInformation<T> type) {
        this.zone = zone;
        this.allowedLatenessMs = allowedLatenessMs;
        this.onlyFirsts = onlyFirsts;
        this.mark = mark;
        this.type = type;
    }

    @Override
    public void open(Configuration parameters) {
        daysSeen = getRuntimeContext().getMapState(new MapStateDescriptor<>("days-seen", Types.LONG, Types.BOOLEAN));
    }

    @Override
    public void processElement(T record, Context ctx, Collector<T> out) throws Exception {
        long day = LocalDate.ofInstant(Instant.ofEpochMilli(ctx.timestamp()), zone).toEpochDay();
        boolean first = !daysSeen.contains(day) && ctx.timestamp() + allowedLatenessMs > ctx.timerService().currentWatermark();
        if (first) {
            daysSeen.put(day, true);
            ctx.timerService().registerEventTimeTimer(forgetAt(day));
            mark.first(record);
        }
        if (first || !onlyFirsts) {
            out.collect(record);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<T> out) throws Exception {
        for (java.util.Iterator<Long> days = daysSeen.keys().iterator(); days.hasNext(); ) {
            if (forgetAt(days.next()) <= timestamp) {
                days.remove();
            }
        }
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
