package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.dwd.traffic.Bounces;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.QuietFlush;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficVcChArIsNewPageViewWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Traffic per app version, channel, area and new-visitor flag (docs/jobs.md), all from {@code
 * dwd_traffic_page_log} into {@code dws_traffic_vc_ch_ar_is_new_page_view_window}: page views,
 * sessions and time; unique visitors (each device's first page of the day, {@code FirstOfDay}); and
 * bounces ({@link BounceCounts}). Visitors and bounces are signed contributions, corrected when
 * pages arrive out of order, so late pages within the allowed lateness move the counts instead of
 * being lost. One input, one watermark: the windows do not wait for other topics (the reference,
 * and the earlier version of this job, read the unique-visitor and user-jump DWD topics, whose
 * first-come decisions cannot be taken back and whose quiet inputs held the windows back).
 */
public final class DwsTrafficVcChArIsNewPageViewWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTrafficVcChArIsNewPageViewWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTrafficVcChArIsNewPageViewWindow";
    }

    /** The operators of the earlier version that read the unique-visitor and user-jump topics. */
    @Override
    public List<String> retiredUids() {
        return List.of(
                "kafka-" + Topics.DWD_TRAFFIC_UNIQUE_VISITOR_DETAIL.name(),
                "decode-" + Topics.DWD_TRAFFIC_UNIQUE_VISITOR_DETAIL.name(),
                "quiet-flush-" + Topics.DWD_TRAFFIC_UNIQUE_VISITOR_DETAIL.name(),
                "unique-visitors",
                "kafka-" + Topics.DWD_TRAFFIC_USER_JUMP_DETAIL.name(),
                "decode-" + Topics.DWD_TRAFFIC_USER_JUMP_DETAIL.name(),
                "quiet-flush-" + Topics.DWD_TRAFFIC_USER_JUMP_DETAIL.name(),
                "bounces");
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        long windowMs = p.settings().windowMs();
        long latenessMs = p.settings().allowedLatenessMs();
        if (latenessMs < Bounces.WITHIN.toMillis()) {
            throw new IllegalArgumentException(
                    "dws.allowed-lateness-seconds is "
                            + latenessMs / 1000
                            + ": the traffic"
                            + " table needs at least "
                            + Bounces.WITHIN.toSeconds()
                            + ", as a page's bounce is known only"
                            + " that long after it, when its window may have fired");
        }
        // a quiet input moves on until the newest page's bounce is known, and its window closes
        QuietFlush.Target whenQuiet =
                newest ->
                        QuietFlush.Target.endOfWindow(windowMs)
                                .watermarkFor(newest + Bounces.WITHIN.toMillis());
        DataStream<PageLog> pages =
                p.read(
                        Topics.DWD_TRAFFIC_PAGE_LOG,
                        OUT_OF_ORDERNESS,
                        (page, kafkaTime) -> page.getTs().toEpochMilli(),
                        whenQuiet);
        DataStream<TrafficVcChArIsNewPageViewWindow> views =
                pages.map(TrafficRows::pageView)
                        .returns(TrafficVcChArIsNewPageViewWindow.class)
                        .name("page views")
                        .uid("page-views");
        DataStream<TrafficVcChArIsNewPageViewWindow> visitors =
                p.firstOfDay(
                                pages.keyBy(page -> page.getCommon().getMid()),
                                "first visit of the day",
                                "first-visit-of-day")
                        .map(TrafficRows::uniqueVisitor)
                        .returns(TrafficVcChArIsNewPageViewWindow.class)
                        .name("unique visitor counts")
                        .uid("unique-visitor-counts");
        DataStream<TrafficVcChArIsNewPageViewWindow> bounces =
                pages.keyBy(page -> page.getCommon().getMid())
                        .transform(
                                "bounce counts",
                                TypeInformation.of(TrafficVcChArIsNewPageViewWindow.class),
                                new BounceCounts(windowMs, latenessMs))
                        .uid("bounce-counts");
        p.write(
                p.window(
                        views.union(visitors, bounces).keyBy(TrafficRows::key),
                        "traffic",
                        TrafficRows::sum,
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        }),
                Tables.DWS_TRAFFIC_VC_CH_AR_IS_NEW_PAGE_VIEW_WINDOW);
    }
}
