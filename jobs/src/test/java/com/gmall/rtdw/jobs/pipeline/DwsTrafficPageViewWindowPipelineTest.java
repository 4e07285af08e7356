package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.device;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.page;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsTrafficPageViewWindow;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.dws.TrafficPageViewWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Rows as (window, home page visitors, product detail page visitors). */
class DwsTrafficPageViewWindowPipelineTest {
    private static final Common M1 = device("m1", null);
    private static final Common M2 = device("m2", "7");
    private static final Common M3 = device("m3", null);

    /** A raw app log line (topic_log's JSON), no Avro page record. */
    private static final String APP_LOG =
            "{\"common\":{\"mid\":\"m9\"},\"page\":{\"page_id\":\"home\"},\"ts\":1717214401000}";

    @Test
    void devicesCountInTheWindowOfTheirFirstVisitOfTheDayToTheHomeAndToAProductPage()
            throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsTrafficPageViewWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                page(M1, at("04:00:01"), "home", null, 1_000L),
                                search(
                                        M3,
                                        at("04:00:02"),
                                        "home",
                                        "手机"), // neither home nor a product page
                                page(
                                        M1,
                                        at("04:00:04"),
                                        "home",
                                        "good_list",
                                        1_000L), // m1 has visited home today
                                page(M1, at("04:00:06"), "good_detail", "home", 1_000L),
                                page(M3, at("04:00:08"), "home", "good_list", 1_000L),
                                page(M2, at("04:00:12"), "good_detail", null, 1_000L),
                                page(M2, at("04:00:14"), "home", "good_detail", 1_000L),
                                page(
                                        M1,
                                        at("04:00:15"),
                                        "good_detail",
                                        "home",
                                        1_000L), // m1 has seen a product today
                                page(M3, at("04:00:17"), "good_detail", "home", 1_000L))
                        .inputText(Topics.DWD_TRAFFIC_PAGE_LOG.name(), APP_LOG)
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 2L, 1L),
                        tuple("2024-06-01T04:00:10Z", 1L, 2L));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsTrafficPageViewWindow",
                                Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                APP_LOG));
    }

    @Test
    void eachShopDayCountsADeviceAgainInTheWindowOfItsEarliestVisitWhateverTheArrivalOrder()
            throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsTrafficPageViewWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                page(M1, at("04:00:12"), "good_detail", "home", 1_000L),
                                page(
                                        M1,
                                        at("04:00:09"),
                                        "good_detail",
                                        "home",
                                        1_000L), // earlier, arriving later
                                page(
                                        M1,
                                        at("15:59:58"),
                                        "home",
                                        null,
                                        1_000L), // June 1st 23:59:58 in Shanghai
                                page(
                                        M1,
                                        at("16:00:01"),
                                        "home",
                                        null,
                                        1_000L), // June 2nd: a new day
                                page(M1, at("16:00:03"), "good_detail", "home", 1_000L),
                                page(M1, at("16:00:05"), "home", "good_detail", 1_000L))
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 0L, 1L),
                        tuple("2024-06-01T15:59:50Z", 1L, 0L),
                        tuple("2024-06-01T16:00:00Z", 1L, 1L));
        assertThat(out.deadLetters()).isEmpty();
    }

    private static List<Tuple> rows(PipelineRun.Outputs out) {
        List<TrafficPageViewWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_TRAFFIC_PAGE_VIEW_WINDOW),
                        r -> List.of(r.stt, r.edt),
                        r -> r.ts);
        return rows.stream()
                .map(r -> tuple(DwdRecords.window(r.stt, r.edt), r.homeUvCt, r.goodDetailUvCt))
                .toList();
    }
}
