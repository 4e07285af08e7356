package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.dwd.traffic.Bounces;
import com.gmall.rtdw.jobs.runtime.WindowLateness;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficVcChArIsNewPageViewWindow;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.ChainingStrategy;
import org.apache.flink.streaming.api.operators.InternalTimer;
import org.apache.flink.streaming.api.operators.InternalTimerService;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.operators.Triggerable;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Bounces of the traffic table (docs/jobs.md), per device in event time, as signed contributions to
 * the windows ({@code uj_ct} of +1 or -1, stamped with the bounced page's time): a session-opening
 * page is a bounce when the device's next page (by time, then arrival) opens another session, comes
 * {@link Bounces#WITHIN} or more later, or does not come before the watermark passes that long
 * after it.
 *
 * <p>A page is judged as soon as its next page is known, and again whenever a page arriving out of
 * order becomes its next page: a bounce counted before is taken back ({@code -1}), one found later
 * is added. So late pages within the allowed lateness correct the count instead of being lost (CEP,
 * which the user-jump DWD job uses, cannot take a page behind its watermark). A page whose window
 * has closed for good is left out (the page-view window makes it a dead letter), and so is a
 * correction to such a window: its row is final.
 *
 * <p>State per device: its pages of the last {@link Bounces#WITHIN} plus a window plus the allowed
 * lateness (time, whether it opens a session, whether it is counted, and the dimensions of an
 * opening page), removed by timers.
 */
final class BounceCounts extends AbstractStreamOperator<TrafficVcChArIsNewPageViewWindow>
        implements OneInputStreamOperator<PageLog, TrafficVcChArIsNewPageViewWindow>,
                Triggerable<String, VoidNamespace> {
    private static final long serialVersionUID = 1L;
    private static final long WITHIN_MS = Bounces.WITHIN.toMillis();

    /** One page of a device, in the device's time order. A Flink POJO. */
    public static final class Visit {
        public long ts;
        public boolean opens;
        public boolean counted;

        /** For a session-opening page: its row with the dimensions and one bounce. */
        public TrafficVcChArIsNewPageViewWindow bounce;

        public Visit() {}
    }

    private final WindowLateness lateness;
    private transient InternalTimerService<VoidNamespace> timers;
    private transient ValueState<List<Visit>> visits;

    BounceCounts(long windowMs, long allowedLatenessMs) {
        this.lateness = new WindowLateness(windowMs, allowedLatenessMs);
        setChainingStrategy(ChainingStrategy.ALWAYS);
    }

    @Override
    public void open() throws Exception {
        super.open();
        timers = getInternalTimerService("bounce-timers", VoidNamespaceSerializer.INSTANCE, this);
        visits =
                getKeyedStateStore()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "device-pages",
                                        Types.LIST(TypeInformation.of(Visit.class))));
    }

    @Override
    public void processElement(StreamRecord<PageLog> element) throws Exception {
        long at = element.getTimestamp();
        long watermark = timers.currentWatermark();
        if (lateness.closedForGood(at, watermark)) {
            return;
        }
        Visit visit = new Visit();
        visit.ts = at;
        visit.opens = TrafficRows.opensSession(element.getValue());
        visit.bounce = visit.opens ? TrafficRows.bounce(element.getValue()) : null;
        List<Visit> mine =
                visits.value() == null ? new ArrayList<>() : new ArrayList<>(visits.value());
        int i = mine.size();
        while (i > 0 && mine.get(i - 1).ts > at) {
            i--;
        }
        mine.add(i, visit);
        if (i > 0) {
            judge(mine, i - 1, watermark);
        }
        judge(mine, i, watermark);
        visits.update(mine);
        if (visit.opens) {
            timers.registerEventTimeTimer(VoidNamespace.INSTANCE, at + WITHIN_MS - 1);
        }
        timers.registerEventTimeTimer(VoidNamespace.INSTANCE, forgetAt(at));
    }

    @Override
    public void onEventTime(InternalTimer<String, VoidNamespace> timer) throws Exception {
        List<Visit> mine = visits.value();
        if (mine == null) {
            return;
        }
        long now = timer.getTimestamp();
        List<Visit> kept = new ArrayList<>(mine);
        for (int i = 0; i < kept.size(); i++) {
            judge(kept, i, now);
        }
        kept.removeIf(v -> forgetAt(v.ts) <= now);
        if (kept.isEmpty()) {
            visits.clear();
        } else {
            visits.update(kept);
        }
    }

    @Override
    public void onProcessingTime(InternalTimer<String, VoidNamespace> timer) {}

    /**
     * Judges the page at {@code i} by what is known now, and sends the difference to what was
     * counted.
     */
    private void judge(List<Visit> mine, int i, long watermark) {
        Visit page = mine.get(i);
        if (!page.opens || lateness.closedForGood(page.ts, watermark)) {
            return;
        }
        Visit next = i + 1 < mine.size() ? mine.get(i + 1) : null;
        boolean bounce;
        if (next != null) {
            bounce = next.opens || next.ts - page.ts >= WITHIN_MS;
        } else if (watermark >= page.ts + WITHIN_MS - 1) {
            bounce = true; // no page came within the time: every page up to the watermark is here
        } else {
            return; // not known yet: its timer judges it
        }
        if (bounce != page.counted) {
            TrafficVcChArIsNewPageViewWindow row = TrafficRows.copy(page.bounce);
            row.ujCt = bounce ? 1 : -1;
            output.collect(new StreamRecord<>(row, page.ts));
            page.counted = bounce;
        }
    }

    /**
     * When a page no longer matters: its window closed for good, and no later page can be its next
     * in time.
     */
    private long forgetAt(long at) {
        return lateness.closesForGoodAt(at) + 1 + WITHIN_MS;
    }
}
