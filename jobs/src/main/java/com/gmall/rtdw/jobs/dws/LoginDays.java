package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.FirstOfDay;
import com.gmall.rtdw.jobs.runtime.Signed;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.UserUserLoginWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per user (keyed by a non-null {@code uid}, defect U2), given each day's first login as signed
 * contributions ({@link FirstOfDay}), whether the user comes back after {@link #BACK_AFTER_DAYS}
 * days or more without a login (DwsUserUserLoginWindow, docs/jobs.md). One row per user and day
 * (defect U4: the reference emitted a zero row for every page view), and one more pair when the
 * day's first moves to an earlier login: the first taken back with the back-flow it was counted
 * with, the earlier one added with the same.
 *
 * <p>State: the day of the user's last login, and the back-flow decided for the last two login days
 * (the days a correction can still reach while the allowed lateness is under a day). The reference
 * kept the last day one day, so no one was ever "back" (defect U3); here it is kept {@link
 * #FORGET_AFTER_DAYS} days after the last login by an event-time timer, moved at each login. A user
 * back after longer than that counts as a login, not as back-flow; so does a day's first login
 * arriving after a later day's (the day before it is unknown by then).
 */
final class LoginDays extends KeyedProcessFunction<String, Signed<PageLog>, UserUserLoginWindow> {
    private static final long serialVersionUID = 1L;
    static final int BACK_AFTER_DAYS = 8;
    static final int FORGET_AFTER_DAYS = 365;

    private final ZoneId zone;
    private transient ValueState<Long> lastLoginDay;

    /** Day → whether its first login was back-flow, for the last two login days. */
    private transient MapState<Long, Boolean> backOfDay;

    LoginDays(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void open(Configuration parameters) {
        lastLoginDay =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("last-login-day", Types.LONG));
        backOfDay =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "back-of-login-day", Types.LONG, Types.BOOLEAN));
    }

    @Override
    public void processElement(
            Signed<PageLog> login, Context ctx, Collector<UserUserLoginWindow> out)
            throws Exception {
        long day = LocalDate.ofInstant(Instant.ofEpochMilli(ctx.timestamp()), zone).toEpochDay();
        Boolean back = backOfDay.get(day);
        if (back == null) {
            back = newLoginDay(day, ctx);
        }
        UserUserLoginWindow row = new UserUserLoginWindow();
        row.uuCt = login.sign;
        row.backCt = back ? login.sign : 0;
        out.collect(row);
    }

    /**
     * Decides a day's back-flow at its first login, and moves the last login day (and its timer)
     * forward.
     */
    private boolean newLoginDay(long day, Context ctx) throws Exception {
        Long last = lastLoginDay.value();
        boolean back = last != null && day > last && day - last >= BACK_AFTER_DAYS;
        backOfDay.put(day, back);
        if (last == null || day > last) {
            if (last != null) {
                ctx.timerService().deleteEventTimeTimer(forgetAt(last));
            }
            lastLoginDay.update(day);
            ctx.timerService().registerEventTimeTimer(forgetAt(day));
            List<Long> old = new ArrayList<>();
            for (Long d : backOfDay.keys()) {
                if (d < day - 1) {
                    old.add(d);
                }
            }
            for (Long d : old) {
                backOfDay.remove(d);
            }
        }
        return back;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<UserUserLoginWindow> out) {
        lastLoginDay.clear();
        backOfDay.clear();
    }

    private long forgetAt(long day) {
        return LocalDate.ofEpochDay(day + 1 + FORGET_AFTER_DAYS)
                .atStartOfDay(zone)
                .toInstant()
                .toEpochMilli();
    }
}
