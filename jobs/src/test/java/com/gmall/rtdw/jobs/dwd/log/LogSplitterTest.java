package com.gmall.rtdw.jobs.dwd.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.dwd.DisplayLog;
import com.gmall.rtdw.model.dwd.ErrorLog;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.ods.AppLog;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.Test;

/** The log split of BaseLogApp (docs/jobs.md) with defects B1, B2, B3 and B5 fixed. */
class LogSplitterTest {
    @Test
    void singleDisplaysAndActionsAreEmittedB1() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forProcessFunction(new LogSplitter())) {
            h.processElement(
                    AppLogs.withDisplaysAndActions(
                            AppLogs.page("m1", "1", "2024-06-01T01:00:00Z", "good_detail", "home"),
                            1,
                            1),
                    0);

            assertThat(side(h, LogSplitter.DISPLAYS))
                    .singleElement()
                    .satisfies(
                            d -> {
                                assertThat(d.getPageId()).isEqualTo("good_detail");
                                assertThat(d.getItem()).isEqualTo("sku-0");
                                assertThat(d.getTs())
                                        .isEqualTo(Instant.parse("2024-06-01T01:00:00Z"));
                            });
            assertThat(side(h, LogSplitter.ACTIONS))
                    .singleElement()
                    .satisfies(
                            a -> {
                                assertThat(a.getPageId()).isEqualTo("good_detail");
                                assertThat(a.getTs())
                                        .as("an action keeps its own time")
                                        .isEqualTo(Instant.parse("2024-06-01T01:00:00.100Z"));
                            });
            assertThat(h.extractOutputValues())
                    .singleElement()
                    .satisfies(
                            p -> {
                                assertThat(p.getPage().getPageId()).isEqualTo("good_detail");
                                assertThat(p.getCommon().getMid()).isEqualTo("m1");
                            });
        }
    }

    @Test
    void displaysAndActionsCarryCommonAsARecordNotAJsonStringB2() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forProcessFunction(new LogSplitter())) {
            h.processElement(
                    AppLogs.withDisplaysAndActions(
                            AppLogs.page("m1", "1", "2024-06-01T01:00:00Z", "home", null), 3, 2),
                    0);

            List<DisplayLog> displays = side(h, LogSplitter.DISPLAYS);
            assertThat(displays)
                    .hasSize(3)
                    .allSatisfy(d -> assertThat(d.getCommon().getAr()).isEqualTo("110000"));
            assertThat(displays).extracting(DisplayLog::getOrder).containsExactly(1, 2, 3);
            assertThat(side(h, LogSplitter.ACTIONS))
                    .hasSize(2)
                    .allSatisfy(a -> assertThat(a.getCommon().getCh()).isEqualTo("xiaomi"));
        }
    }

    @Test
    void startAndErrorRecordsKeepCommonAndTsB3() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forProcessFunction(new LogSplitter())) {
            h.processElement(
                    AppLogs.withError(AppLogs.start("m1", "1", "2024-06-01T01:00:00Z")), 0);

            assertThat(side(h, LogSplitter.STARTS))
                    .singleElement()
                    .satisfies(
                            s -> {
                                assertThat(s.getCommon().getMid()).isEqualTo("m1");
                                assertThat(s.getTs())
                                        .isEqualTo(Instant.parse("2024-06-01T01:00:00Z"));
                                assertThat(s.getStart().getEntry()).isEqualTo("icon");
                            });
            assertThat(side(h, LogSplitter.ERRORS))
                    .singleElement()
                    .satisfies(
                            e -> {
                                assertThat(e.getErr().getErrorCode()).isEqualTo(1245);
                                assertThat(e.getCommon().getMid()).isEqualTo("m1");
                                assertThat(e.getStart()).as("the whole log").isNotNull();
                            });
            assertThat(h.extractOutputValues()).as("a start log is not a page").isEmpty();
        }
    }

    @Test
    void aPageWithAnErrorIsBothAPageAndAnError() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forProcessFunction(new LogSplitter())) {
            h.processElement(
                    AppLogs.withError(
                            AppLogs.withDisplaysAndActions(
                                    AppLogs.page(
                                            "m1",
                                            "1",
                                            "2024-06-01T01:00:00Z",
                                            "cart",
                                            "good_detail"),
                                    2,
                                    0)),
                    0);

            assertThat(h.extractOutputValues()).hasSize(1);
            assertThat(side(h, LogSplitter.DISPLAYS)).hasSize(2);
            List<ErrorLog> errors = side(h, LogSplitter.ERRORS);
            assertThat(errors)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getDisplays()).hasSize(2));
        }
    }

    @Test
    void logsWithoutPageOrStartAreDeadLettersNotCrashesB5() throws Exception {
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(new AppLogCheck("BaseLogApp"))) {
            AppLog empty = AppLogs.start("m1", "1", "2024-06-01T01:00:00Z");
            empty.setStart(null);
            AppLog errorOnly = AppLogs.withError(AppLogs.start("m2", "1", "2024-06-01T01:00:00Z"));
            errorOnly.setStart(null);
            h.processElement(empty, 0);
            h.processElement(errorOnly, 0);

            assertThat(h.extractOutputValues()).containsExactly(errorOnly);
            assertThat(h.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                    .extracting(
                            r ->
                                    new String(
                                            r.getValue().value,
                                            java.nio.charset.StandardCharsets.UTF_8))
                    .singleElement()
                    .satisfies(
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "app log not split: neither start, page nor err"));
        }
        try (var h = ProcessFunctionTestHarnesses.forProcessFunction(new LogSplitter())) {
            AppLog errorOnly = AppLogs.withError(AppLogs.start("m2", "1", "2024-06-01T01:00:00Z"));
            errorOnly.setStart(null);
            h.processElement(errorOnly, 0);
            assertThat(side(h, LogSplitter.ERRORS)).hasSize(1);
            assertThat(h.extractOutputValues()).isEmpty();
        }
    }

    private static <T> List<T> side(
            OneInputStreamOperatorTestHarness<AppLog, PageLog> h, OutputTag<T> tag) {
        var records = h.getSideOutput(tag);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }
}
