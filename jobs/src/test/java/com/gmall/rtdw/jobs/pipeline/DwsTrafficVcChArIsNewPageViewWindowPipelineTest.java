package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.device;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsTrafficVcChArIsNewPageViewWindow;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.dws.TrafficVcChArIsNewPageViewWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Rows as (window, vc, ch, ar, is_new, uv, sessions, page views, time on pages, bounces). */
class DwsTrafficVcChArIsNewPageViewWindowPipelineTest {
    private static final String VC = "v2.1.134";
    private static final String CH = "xiaomi";
    private static final String AR = "110000";

    @Test
    void pagesAddUpPerVersionChannelAreaAndNewFlagWithVisitorsSessionsTimeAndBounces()
            throws Exception {
        Common m1 = device("m1", null, VC, CH, AR, "1");
        Common m2 = device("m2", "7", VC, CH, AR, "1");
        Common m3 = device("m3", null, "v2.1.132", "Appstore", "310000", "0");
        Common m4 = Common.newBuilder().setMid("m4").build(); // an app that sent no dimensions
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsTrafficVcChArIsNewPageViewWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                page(
                                        m1,
                                        at("04:00:01"),
                                        "home",
                                        null,
                                        2_000L), // continued 2 s later: no bounce
                                page(
                                        m3,
                                        at("04:00:02"),
                                        "home",
                                        null,
                                        4_000L), // next page 11 s later: a bounce
                                page(m1, at("04:00:03"), "good_detail", "home", 5_000L),
                                page(
                                        m2,
                                        at("04:00:05"),
                                        "home",
                                        null,
                                        3_000L), // next page opens a session: a bounce
                                page(
                                        m4,
                                        at("04:00:06"),
                                        "home",
                                        null,
                                        null), // nothing follows: a bounce
                                page(
                                        m2,
                                        at("04:00:07"),
                                        "home",
                                        null,
                                        1_500L), // nothing follows: a bounce
                                page(
                                        m1,
                                        at("04:00:12"),
                                        "home",
                                        null,
                                        1_000L), // nothing follows: a bounce
                                page(m3, at("04:00:13"), "good_detail", "home", 6_000L))
                        .inputText(Topics.DWD_TRAFFIC_PAGE_LOG.name(), "mid=m5&page=home")
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", VC, CH, AR, "1", 2L, 3L, 4L, 11_500L, 2L),
                        tuple("2024-06-01T04:00:10Z", VC, CH, AR, "1", 0L, 1L, 1L, 1_000L, 1L),
                        tuple(
                                "2024-06-01T04:00:00Z",
                                "v2.1.132",
                                "Appstore",
                                "310000",
                                "0",
                                1L,
                                1L,
                                1L,
                                4_000L,
                                1L),
                        tuple(
                                "2024-06-01T04:00:10Z",
                                "v2.1.132",
                                "Appstore",
                                "310000",
                                "0",
                                0L,
                                0L,
                                1L,
                                6_000L,
                                0L),
                        // a missing dimension is the empty string, a missing time zero (S3)
                        tuple("2024-06-01T04:00:00Z", "", "", "", "", 1L, 1L, 1L, 0L, 1L));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsTrafficVcChArIsNewPageViewWindow",
                                Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                "mid=m5&page=home"));
    }

    @Test
    void
            aDeviceIsAVisitorOnceAShopDayInItsEarliestPagesWindowAndBouncesFollowThePagesTimesNotTheirArrival()
                    throws Exception {
        Common m1 = device("m1", null, VC, CH, AR, "0");
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsTrafficVcChArIsNewPageViewWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                // arrives first, but follows the next page by 6 s: that one is no
                                // bounce
                                page(m1, at("04:00:14"), "good_detail", "home", 5_000L),
                                page(
                                        m1,
                                        at("04:00:08"),
                                        "home",
                                        null,
                                        6_000L), // the day's first page, arriving second
                                // June 2nd 00:00:02 in Shanghai: a new day, so a visitor again;
                                // nothing follows: a bounce
                                page(m1, at("16:00:02"), "home", null, 1_000L),
                                // June 1st 23:59:55 in Shanghai, arriving last: no second visitor
                                // that day; next page opens
                                // a session: a bounce
                                page(m1, at("15:59:55"), "home", null, 2_000L))
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", VC, CH, AR, "0", 1L, 1L, 1L, 6_000L, 0L),
                        tuple("2024-06-01T04:00:10Z", VC, CH, AR, "0", 0L, 0L, 1L, 5_000L, 0L),
                        tuple("2024-06-01T15:59:50Z", VC, CH, AR, "0", 0L, 1L, 1L, 2_000L, 1L),
                        tuple("2024-06-01T16:00:00Z", VC, CH, AR, "0", 1L, 1L, 1L, 1_000L, 1L));
        assertThat(out.deadLetters()).isEmpty();
    }

    @Test
    void aPageArrivingAfterItsPredecessorWasCountedAsABounceTakesTheBounceBack() throws Exception {
        Common m1 = device("m1", null, VC, CH, AR, "0");
        Common m9 = device("m9", null, VC, CH, AR, "0");
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsTrafficVcChArIsNewPageViewWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                page(m1, at("04:00:01"), "home", null, 3_000L),
                                page(
                                        m9,
                                        at("04:00:30"),
                                        "home",
                                        null,
                                        1_000L)) // event time passes 04:00:11: m1 bounced
                        .pause(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                Duration.ofSeconds(2)) // so the window of 04:00:00 is written
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                page(
                                        m1,
                                        at("04:00:04"),
                                        "good_detail",
                                        "home",
                                        7_000L)) // late: m1 went on after all
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", VC, CH, AR, "0", 1L, 1L, 2L, 10_000L, 0L),
                        tuple("2024-06-01T04:00:30Z", VC, CH, AR, "0", 1L, 1L, 1L, 1_000L, 1L));
        List<Long> bouncesAt0 =
                out.table(Tables.DWS_TRAFFIC_VC_CH_AR_IS_NEW_PAGE_VIEW_WINDOW).stream()
                        .filter(r -> r.stt == at("04:00:00").toEpochMilli())
                        .sorted(Comparator.comparingLong(r -> r.ts))
                        .map(r -> r.ujCt)
                        .toList();
        assertThat(bouncesAt0)
                .as("a bounce, then taken back by a newer version")
                .startsWith(1L)
                .endsWith(0L);
        assertThat(out.deadLetters()).isEmpty();
    }

    private static List<Tuple> rows(PipelineRun.Outputs out) {
        List<TrafficVcChArIsNewPageViewWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_TRAFFIC_VC_CH_AR_IS_NEW_PAGE_VIEW_WINDOW),
                        r -> List.of(r.stt, r.edt, r.vc, r.ch, r.ar, r.isNew),
                        r -> r.ts);
        return rows.stream()
                .map(
                        r ->
                                tuple(
                                        DwdRecords.window(r.stt, r.edt),
                                        r.vc,
                                        r.ch,
                                        r.ar,
                                        r.isNew,
                                        r.uvCt,
                                        r.svCt,
                                        r.pvCt,
                                        r.durSum,
                                        r.ujCt))
                .toList();
    }
}
