package com.gmall.rtdw.jobs.dwd.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.dwd.PageLog;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unique visitors in event time (defect U1), days in Asia/Shanghai (UTC+8), one hour of allowed lateness. */
class FirstVisitOfDayTest {
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private KeyedOneInputStreamOperatorTestHarness<String, PageLog, PageLog> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new FirstVisitOfDay(ZoneId.of("Asia/Shanghai"),
                HOUR, "DwdTrafficUniqueVisitorDetail"), p -> p.getCommon().getMid(), Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void page(String mid, String at, String pageId) throws Exception {
        harness.processElement(Pages.page(mid, at, pageId, null), Instant.parse(at).toEpochMilli());
    }

    private List<String> emitted() {
        return harness.extractOutputValues().stream().map(p -> p.getCommon().getMid() + "@" + p.getTs()).toList();
    }

    @Test
    void onlyTheFirstPageOfEachDayPerDevicePasses() throws Exception {
        page("m1", "2024-06-01T01:00:00Z", "home");
        page("m1", "2024-06-01T02:00:00Z", "good_list");
        page("m2", "2024-06-01T02:00:00Z", "home");
        page("m1", "2024-06-01T16:00:01Z", "home"); // 00:00:01 on June 2nd in Shanghai

        assertThat(emitted()).containsExactly("m1@2024-06-01T01:00:00Z", "m2@2024-06-01T02:00:00Z",
                "m1@2024-06-01T16:00:01Z");
    }

    @Test
    void aLatePageFromAnEarlierDayIsThatDaysFirstVisitAndDoesNotRewindTheStateU1() throws Exception {
        page("m1", "2024-06-02T01:00:00Z", "home");
        page("m1", "2024-06-01T03:00:00Z", "home"); // out of order, June 1st: its day's first visit
        page("m1", "2024-06-02T05:00:00Z", "cart"); // June 2nd again: already emitted, not again
        page("m1", "2024-06-01T04:00:00Z", "cart"); // June 1st again: already emitted

        assertThat(emitted()).containsExactly("m1@2024-06-02T01:00:00Z", "m1@2024-06-01T03:00:00Z");
    }

    @Test
    void aDaysStateAndTimerAreGoneOnceTheWatermarkPassesItsEndPlusLateness() throws Exception {
        page("m1", "2024-06-01T01:00:00Z", "home"); // June 1st in Shanghai ends at 2024-06-01T16:00:00Z
        page("m2", "2024-06-01T01:00:00Z", "home");
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);
        assertThat(harness.numEventTimeTimers()).isEqualTo(2);

        harness.processWatermark(Instant.parse("2024-06-01T16:59:59Z").toEpochMilli());
        assertThat(harness.numKeyedStateEntries()).as("within the lateness").isEqualTo(2);
        harness.processWatermark(Instant.parse("2024-06-01T17:00:00Z").toEpochMilli());

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aPageForAClosedDayIsADeadLetterNotADuplicateVisit() throws Exception {
        page("m1", "2024-06-01T01:00:00Z", "home");
        harness.processWatermark(Instant.parse("2024-06-01T17:00:00Z").toEpochMilli());
        page("m1", "2024-06-01T02:00:00Z", "cart");

        assertThat(emitted()).containsExactly("m1@2024-06-01T01:00:00Z");
        assertThat(harness.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)).singleElement().satisfies(r ->
                assertThat(new String(r.getValue().value, java.nio.charset.StandardCharsets.UTF_8))
                        .contains("page of 2024-06-01 arrived after that day was closed"));
        assertThat(harness.numKeyedStateEntries()).as("a late page leaves no state").isZero();
    }
}
