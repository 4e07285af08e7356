package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.LogRecords.nothing;
import static com.gmall.rtdw.jobs.pipeline.LogRecords.page;
import static com.gmall.rtdw.jobs.pipeline.LogRecords.start;
import static com.gmall.rtdw.jobs.pipeline.LogRecords.withDisplays;
import static com.gmall.rtdw.jobs.pipeline.LogRecords.withError;
import static com.gmall.rtdw.jobs.pipeline.LogRecords.withOneAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dwd.log.BaseLogApp;
import com.gmall.rtdw.model.dwd.ActionLog;
import com.gmall.rtdw.model.dwd.DisplayLog;
import com.gmall.rtdw.model.dwd.ErrorLog;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dwd.StartLog;
import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.registry.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BaseLogApp on one recorded set of app logs. Parallelism 1: the is_new repair depends on each
 * device's order, which Kafka keeps within a partition but the harness's rebalance from its one
 * source to the decoders would not.
 */
class BaseLogAppPipelineTest {
    private static final AppLog NOTHING = nothing("m5", "2024-06-01T02:00:00Z");
    private static PipelineRun.Outputs out;

    @BeforeAll
    static void run() throws Exception {
        out =
                PipelineRun.of(new BaseLogApp())
                        .parallelism(1)
                        .input(
                                Topics.TOPIC_LOG,
                                withError(start("m1", "1", "2024-06-01T01:00:00Z"), 1245),
                                withOneAction(
                                        withDisplays(
                                                page(
                                                        "m1",
                                                        "1",
                                                        "2024-06-01T01:00:05Z",
                                                        "home",
                                                        null),
                                                2)),
                                withDisplays(
                                        page(
                                                "m2",
                                                "1",
                                                "2024-06-01T01:00:06Z",
                                                "good_detail",
                                                "home"),
                                        1),
                                page("m3", "0", "2024-06-01T01:00:00Z", "home", null),
                                page("m3", "1", "2024-06-01T02:00:00Z", "good_list", "home"),
                                page(
                                        "m2",
                                        "1",
                                        "2024-06-01T15:59:59Z",
                                        "cart",
                                        "good_detail"), // 23:59:59 in Shanghai
                                page(
                                        "m1",
                                        "1",
                                        "2024-06-01T17:00:00Z",
                                        "home",
                                        null), // June 2nd, 01:00 in Shanghai
                                withError(nothing("m4", "2024-06-01T02:00:00Z"), 404),
                                NOTHING)
                        .inputText(Topics.TOPIC_LOG.name(), "{\"common\":")
                        .run();
    }

    @Test
    void pagesKeepCommonPageAndTimeWithIsNewRepairedPerDeviceAndDayInTheWarehouseZoneB4() {
        // m1 is new on June 1st (Shanghai), not on June 2nd; m2's page at 23:59:59 is still its
        // first day; m3 came
        // as an old device, so its later "new" is the app's mistake
        assertThat(out.topic(Topics.DWD_TRAFFIC_PAGE_LOG))
                .extracting(
                        p -> p.getCommon().getMid(),
                        p -> p.getPage().getPageId(),
                        p -> p.getPage().getLastPageId(),
                        p -> p.getCommon().getIsNew(),
                        p -> p.getTs().toString(),
                        p -> p.getCommon().getCh())
                .containsExactly(
                        tuple("m1", "home", null, "1", "2024-06-01T01:00:05Z", "xiaomi"),
                        tuple("m2", "good_detail", "home", "1", "2024-06-01T01:00:06Z", "xiaomi"),
                        tuple("m3", "home", null, "0", "2024-06-01T01:00:00Z", "xiaomi"),
                        tuple("m3", "good_list", "home", "0", "2024-06-01T02:00:00Z", "xiaomi"),
                        tuple("m2", "cart", "good_detail", "1", "2024-06-01T15:59:59Z", "xiaomi"),
                        tuple("m1", "home", null, "0", "2024-06-01T17:00:00Z", "xiaomi"));
        assertThat(out.topic(Topics.DWD_TRAFFIC_PAGE_LOG))
                .extracting(PageLog::getPage)
                .allSatisfy(p -> assertThat(p.getDuringTime()).isEqualTo(3000L));
    }

    @Test
    void everyDisplayAndTheOnlyActionOfAPageComeWithItsPageIdAndCommonB1B2() {
        assertThat(out.topic(Topics.DWD_TRAFFIC_DISPLAY_LOG))
                .extracting(
                        d -> d.getCommon().getMid(),
                        DisplayLog::getPageId,
                        DisplayLog::getItem,
                        DisplayLog::getItemType,
                        DisplayLog::getOrder,
                        DisplayLog::getDisplayType,
                        d -> d.getTs().toString())
                .containsExactly(
                        tuple("m1", "home", "sku-0", "sku_id", 1, "query", "2024-06-01T01:00:05Z"),
                        tuple("m1", "home", "sku-1", "sku_id", 2, "query", "2024-06-01T01:00:05Z"),
                        tuple(
                                "m2",
                                "good_detail",
                                "sku-0",
                                "sku_id",
                                1,
                                "query",
                                "2024-06-01T01:00:06Z"));
        // the action keeps its own time, 100 ms after its page
        assertThat(out.topic(Topics.DWD_TRAFFIC_ACTION_LOG))
                .extracting(
                        a -> a.getCommon().getMid(),
                        a -> a.getCommon().getIsNew(),
                        ActionLog::getPageId,
                        ActionLog::getActionId,
                        ActionLog::getItem,
                        a -> a.getTs().toString())
                .containsExactly(
                        tuple("m1", "1", "home", "cart_add", "sku-0", "2024-06-01T01:00:05.100Z"));
    }

    @Test
    void startLogsKeepCommonStartAndTimeB3() {
        assertThat(out.topic(Topics.DWD_TRAFFIC_START_LOG))
                .extracting(
                        s -> s.getCommon().getMid(),
                        s -> s.getCommon().getIsNew(),
                        s -> s.getStart().getEntry(),
                        s -> s.getStart().getLoadingTime(),
                        StartLog::getTs)
                .containsExactly(
                        tuple("m1", "1", "icon", 1200L, Instant.parse("2024-06-01T01:00:00Z")));
    }

    @Test
    void theErrorTopicGetsTheWholeLogOfEveryErrorIncludingAnErrorAloneB3() {
        assertThat(out.topic(Topics.DWD_TRAFFIC_ERROR_LOG))
                .extracting(
                        e -> e.getCommon().getMid(),
                        e -> e.getErr().getErrorCode(),
                        e -> e.getStart() == null ? null : e.getStart().getEntry(),
                        ErrorLog::getPage,
                        ErrorLog::getTs)
                .containsExactly(
                        tuple("m1", 1245, "icon", null, Instant.parse("2024-06-01T01:00:00Z")),
                        tuple("m4", 404, null, null, Instant.parse("2024-06-01T02:00:00Z")));
    }

    @Test
    void aLogWithNothingToSplitAndALineThatIsNoLogAreDeadLettersOfTopicLogB5() throws Exception {
        assertThat(out.deadLetters()).hasSize(2);
        assertThat(out.deadLetters())
                .filteredOn(l -> l.reason().startsWith("cannot decode"))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.job()).isEqualTo("BaseLogApp");
                            assertThat(l.source()).isEqualTo("topic_log");
                            assertThat(l.original()).isEqualTo("{\"common\":");
                        });
        DeadLetter notSplit =
                out.deadLetters().stream()
                        .filter(
                                l ->
                                        l.reason()
                                                .equals(
                                                        "app log not split: neither start, page nor err"))
                        .findFirst()
                        .orElseThrow();
        assertThat(notSplit.source()).isEqualTo("topic_log");
        // the original is the log as decoded, re-encoded: it reads back as the log that was sent
        assertThat(
                        Topics.TOPIC_LOG
                                .serde()
                                .decode(notSplit.original().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(NOTHING);
        assertThat(out.topic(Topics.DWD_TRAFFIC_PAGE_LOG))
                .noneMatch(p -> p.getCommon().getMid().equals("m5"));
    }
}
