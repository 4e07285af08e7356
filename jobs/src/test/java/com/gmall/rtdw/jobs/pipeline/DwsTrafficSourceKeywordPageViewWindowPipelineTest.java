package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.device;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.page;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsTrafficSourceKeywordPageViewWindow;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficSourceKeywordPageViewWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;

class DwsTrafficSourceKeywordPageViewWindowPipelineTest {
    private static final Common M1 = device("m1", null);
    private static final Common M2 = device("m2", "7");
    private static final Common M3 = device("m3", null);

    @Test
    void everySearchsWordsAreCountedPerWordAndWindowWhicheverPageItCameFromK1() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsTrafficSourceKeywordPageViewWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                search(
                                        M1,
                                        at("04:00:01"),
                                        "home",
                                        "小米手机"), // the home page's box (K1): 小米, 手机
                                search(M2, at("04:00:04"), "search", "手机"),
                                page(
                                        M2,
                                        at("04:00:05"),
                                        "good_detail",
                                        "good_list",
                                        8_000L), // no search
                                search(M3, at("04:00:12"), "search", "小米手机"),
                                search(
                                        M1,
                                        at("04:00:15"),
                                        "good_detail",
                                        "手机")) // back from a product to the results
                        .inputText(
                                Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                "{\"page\": \"not a page log\"}")
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", "search", "小米", 1L),
                        tuple("2024-06-01T04:00:00Z", "search", "手机", 2L),
                        tuple("2024-06-01T04:00:10Z", "search", "小米", 1L),
                        tuple("2024-06-01T04:00:10Z", "search", "手机", 2L));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsTrafficSourceKeywordPageViewWindow",
                                Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                "{\"page\": \"not a page log\"}"));
    }

    @Test
    void aSearchIsSplitIntoWordsEachCountingAsOftenAsItOccursAndOtherPagesCountNothing()
            throws Exception {
        PageLog product = search(M1, at("04:00:03"), "home", "12");
        product.getPage().setItemType("sku_id"); // a product page: its item is a SKU, not words
        PageLog blank = search(M2, at("04:00:04"), "search", "  ");
        PageLog noItem = search(M3, at("04:00:05"), "search", null);
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsTrafficSourceKeywordPageViewWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                search(
                                        M1,
                                        at("04:00:01"),
                                        "search",
                                        "手机 手机"), // one search, the word twice
                                search(M2, at("04:00:02"), null, "小米手机"), // IK smart mode: 小米, 手机
                                product,
                                blank,
                                noItem)
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", "search", "手机", 3L),
                        tuple("2024-06-01T04:00:00Z", "search", "小米", 1L));
        assertThat(out.deadLetters()).isEmpty();
    }

    private static List<org.assertj.core.groups.Tuple> rows(PipelineRun.Outputs out) {
        List<TrafficSourceKeywordPageViewWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_TRAFFIC_SOURCE_KEYWORD_PAGE_VIEW_WINDOW),
                        r -> List.of(r.stt, r.edt, r.source, r.keyword),
                        r -> r.ts);
        return rows.stream()
                .map(
                        r ->
                                tuple(
                                        DwdRecords.window(r.stt, r.edt),
                                        r.source,
                                        r.keyword,
                                        r.keywordCount))
                .toList();
    }
}
