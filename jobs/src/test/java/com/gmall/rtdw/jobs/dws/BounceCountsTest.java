package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficVcChArIsNewPageViewWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bounces per device as signed contributions: 10-second windows, two minutes of allowed lateness,
 * bounces judged 10 s after their page. Output shown as "+ch@time" (a bounce added in the window of
 * that time) or "-ch@time".
 */
class BounceCountsTest {
    private KeyedOneInputStreamOperatorTestHarness<
                    String, PageLog, TrafficVcChArIsNewPageViewWindow>
            harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new BounceCounts(10_000, Duration.ofMinutes(2).toMillis()),
                        p -> p.getCommon().getMid(),
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    /**
     * A page of device {@code mid} at {@code at}; {@code opens}: it opens a session (no previous
     * page).
     */
    private void page(String mid, String at, boolean opens) throws Exception {
        Page page = new Page();
        page.setPageId(opens ? "home" : "good_detail");
        page.setLastPageId(opens ? null : "home");
        page.setDuringTime(1000L);
        PageLog log =
                new PageLog(
                        Common.newBuilder()
                                .setMid(mid)
                                .setCh(mid + "-ch")
                                .setVc("v1")
                                .setAr("1")
                                .setIsNew("0")
                                .build(),
                        page,
                        Instant.parse(at));
        harness.processElement(log, Instant.parse(at).toEpochMilli());
    }

    private void watermark(String at) throws Exception {
        harness.processWatermark(new Watermark(Instant.parse(at).toEpochMilli()));
    }

    @SuppressWarnings("unchecked")
    private List<String> bounces() {
        return harness.getOutput().stream()
                .filter(e -> e instanceof StreamRecord<?>)
                .map(e -> (StreamRecord<TrafficVcChArIsNewPageViewWindow>) e)
                .map(
                        r ->
                                (r.getValue().ujCt > 0 ? "+" : "-")
                                        + r.getValue().ch
                                        + "@"
                                        + Instant.ofEpochMilli(r.getTimestamp()))
                .toList();
    }

    @Test
    void aSessionOpeningPageIsABounceWhenTheNextOpensASessionOrNoneComesWithin10s()
            throws Exception {
        page("m1", "2024-06-01T02:00:00Z", true);
        page("m1", "2024-06-01T02:00:05Z", true); // opens another session: the first bounced
        page("m2", "2024-06-01T02:00:00Z", true);
        page("m2", "2024-06-01T02:00:03Z", false); // continues: no bounce
        page("m3", "2024-06-01T02:00:00Z", true);
        page("m3", "2024-06-01T02:00:10Z", false); // 10 s later: the first bounced
        assertThat(bounces())
                .containsExactly("+m1-ch@2024-06-01T02:00:00Z", "+m3-ch@2024-06-01T02:00:00Z");

        watermark("2024-06-01T02:00:14.998Z");
        assertThat(bounces()).as("m1's second page is not known yet").hasSize(2);
        watermark("2024-06-01T02:00:14.999Z"); // 10 s after it, no page came
        assertThat(bounces())
                .containsExactly(
                        "+m1-ch@2024-06-01T02:00:00Z",
                        "+m3-ch@2024-06-01T02:00:00Z",
                        "+m1-ch@2024-06-01T02:00:05Z");
    }

    @Test
    void aLatePageThatContinuesTheSessionTakesTheBounceBack() throws Exception {
        page("m1", "2024-06-01T02:00:00Z", true);
        watermark("2024-06-01T02:00:20Z");
        assertThat(bounces()).containsExactly("+m1-ch@2024-06-01T02:00:00Z");
        page(
                "m1",
                "2024-06-01T02:00:04Z",
                false); // behind the watermark: CEP would have dropped it

        assertThat(bounces())
                .containsExactly("+m1-ch@2024-06-01T02:00:00Z", "-m1-ch@2024-06-01T02:00:00Z");
    }

    @Test
    void aLateSessionOpeningPageIsJudgedAtOnceAndCanMakeItsPredecessorABounce() throws Exception {
        page("m1", "2024-06-01T02:00:00Z", true);
        page("m1", "2024-06-01T02:00:08Z", false); // continues: no bounce
        watermark("2024-06-01T02:01:00Z");
        assertThat(bounces()).isEmpty();

        page("m1", "2024-06-01T02:00:03Z", true); // late: now the first page's next opens a session
        assertThat(bounces()).containsExactly("+m1-ch@2024-06-01T02:00:00Z");
        page(
                "m1",
                "2024-06-01T02:00:40Z",
                true); // late, alone, its 10 s are over: a bounce at once
        assertThat(bounces())
                .containsExactly("+m1-ch@2024-06-01T02:00:00Z", "+m1-ch@2024-06-01T02:00:40Z");
    }

    @Test
    void aPageWhoseWindowClosedForGoodChangesNothing() throws Exception {
        page("m1", "2024-06-01T02:00:00Z", true);
        watermark("2024-06-01T02:02:09.999Z"); // [02:00:00, 02:00:10) closed for good
        page("m1", "2024-06-01T02:00:04Z", false);

        assertThat(bounces()).containsExactly("+m1-ch@2024-06-01T02:00:00Z");
    }

    @Test
    void aDevicesPagesAreForgottenOnceTheyCanChangeNothing() throws Exception {
        page("m1", "2024-06-01T02:00:00Z", true);
        page("m1", "2024-06-01T02:00:03Z", false);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        watermark("2024-06-01T02:02:19.999Z");
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
        watermark("2024-06-01T02:02:20Z"); // window end + 10 s + the lateness
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
