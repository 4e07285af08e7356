package com.gmall.rtdw.jobs.dwd.log;

import com.gmall.rtdw.model.ods.AppLog;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Repairs the app's new-visitor flag per device (defect B4: the reference never did). The app says
 * {@code is_new = 1} until its data is cleared, so a reinstalled app calls an old device new. Keyed
 * by {@code common.mid}, the state is the device's first visit day (in the warehouse zone):
 *
 * <ul>
 *   <li>{@code is_new = 1}, no state: a new device; its first day is today.
 *   <li>{@code is_new = 1}, first day before today: not new; the flag becomes 0.
 *   <li>{@code is_new = 1}, first day after today (an earlier log arriving late): the first day
 *       moves back to today.
 *   <li>{@code is_new = 0}, no state: a device from before this job; its first day is taken as
 *       yesterday, so it is never called new later.
 * </ul>
 *
 * State bound: one day number per device, forgotten when the device has not been seen for {@link
 * #FORGET_AFTER_DAYS} days (TTL refreshed on every read and write); a device back after that long
 * counts as new again.
 */
final class NewVisitorRepair extends KeyedProcessFunction<String, AppLog, AppLog> {
    private static final long serialVersionUID = 1L;
    static final int FORGET_AFTER_DAYS = 365;

    private final ZoneId zone;
    private transient ValueState<Long> firstDay;

    NewVisitorRepair(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void open(Configuration parameters) {
        ValueStateDescriptor<Long> descriptor =
                new ValueStateDescriptor<>("first-visit-epoch-day", Types.LONG);
        descriptor.enableTimeToLive(
                StateTtlConfig.newBuilder(Time.days(FORGET_AFTER_DAYS))
                        .setUpdateType(StateTtlConfig.UpdateType.OnReadAndWrite)
                        .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                        .build());
        firstDay = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(AppLog log, Context ctx, Collector<AppLog> out) throws Exception {
        long today = LocalDate.ofInstant(log.getTs(), zone).toEpochDay();
        Long first = firstDay.value();
        if ("1".equals(log.getCommon().getIsNew())) {
            if (first == null || first > today) {
                firstDay.update(today);
            } else if (first < today) {
                log.getCommon().setIsNew("0");
            }
        } else if (first == null) {
            firstDay.update(today - 1);
        }
        out.collect(log);
    }
}
