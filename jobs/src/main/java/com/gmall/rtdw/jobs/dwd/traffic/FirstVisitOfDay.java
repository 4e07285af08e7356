package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.serde.dwd.PageLogSerde;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Passes each device's first page of each day (in the warehouse zone), in event time (defect U1: the reference kept
 * "last date seen" in arrival order, so a late page from an earlier day was emitted again and rewound the state).
 * Keyed by {@code common.mid}; the state is the set of days already emitted.
 *
 * <p>State bound: a day's entry lives until the watermark passes the end of that day plus
 * {@code allowedLatenessMs}; an event-time timer then removes it, so a device holds at most a day or two of entries.
 * A page arriving after its day's entry is gone cannot be judged (it might be a duplicate): it goes to the dead
 * letters with the reason, not to the output.
 */
public final class FirstVisitOfDay extends KeyedProcessFunction<String, PageLog, PageLog> {
    private static final long serialVersionUID = 1L;

    private final ZoneId zone;
    private final long allowedLatenessMs;
    private final String jobName;

    private transient MapState<Long, Boolean> daysEmitted;
    private transient Counter late;

    public FirstVisitOfDay(ZoneId zone, long allowedLatenessMs, String jobName) {
        this.zone = zone;
        this.allowedLatenessMs = allowedLatenessMs;
        this.jobName = jobName;
    }

    @Override
    public void open(Configuration parameters) {
        daysEmitted = getRuntimeContext().getMapState(new MapStateDescriptor<>("days-emitted", Types.LONG,
                Types.BOOLEAN));
        late = getRuntimeContext().getMetricGroup().counter("lateFirstVisits");
    }

    @Override
    public void processElement(PageLog page, Context ctx, Collector<PageLog> out) throws Exception {
        LocalDate day = LocalDate.ofInstant(page.getTs(), zone);
        long forgetAt = forgetAt(day);
        if (forgetAt <= ctx.timerService().currentWatermark()) {
            late.inc();
            ctx.output(DecodeOrDeadLetter.DEAD_LETTERS, DeadLetters.of(jobName, "page of " + day + " arrived after "
                    + "that day was closed (watermark past its end + " + allowedLatenessMs + " ms)",
                    "dwd_traffic_page_log", -1, -1, PageLogSerde.INSTANCE.encode(page)));
            return;
        }
        if (!daysEmitted.contains(day.toEpochDay())) {
            daysEmitted.put(day.toEpochDay(), true);
            ctx.timerService().registerEventTimeTimer(forgetAt);
            out.collect(page);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<PageLog> out) throws Exception {
        // the timer of day d fires at forgetAt(d); remove every day closed by now
        var closed = new java.util.ArrayList<Long>();
        for (Long day : daysEmitted.keys()) {
            if (forgetAt(LocalDate.ofEpochDay(day)) <= timestamp) {
                closed.add(day);
            }
        }
        for (Long day : closed) {
            daysEmitted.remove(day);
        }
    }

    /** The end of {@code day} in the warehouse zone plus the allowed lateness, epoch milliseconds. */
    private long forgetAt(LocalDate day) {
        ZonedDateTime end = day.plusDays(1).atStartOfDay(zone);
        return end.toInstant().toEpochMilli() + allowedLatenessMs;
    }
}
