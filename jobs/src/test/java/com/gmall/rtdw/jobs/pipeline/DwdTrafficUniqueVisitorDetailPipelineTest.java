package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.LogRecords.pageLog;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.traffic.DwdTrafficUniqueVisitorDetail;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DwdTrafficUniqueVisitorDetail on one recorded set of pages, in event-time order but for one pair
 * 3 s apart (within the 5 s the job allows), then, after a pause that lets the watermark pass m1's
 * first visit of June 2nd, an earlier page of m1 that day. Days are Shanghai days: 16:00Z is
 * midnight there.
 */
class DwdTrafficUniqueVisitorDetailPipelineTest {
    private static final PageLog TOO_LATE = pageLog("m1", "2024-06-01T16:10:00Z", "search", null);
    private static PipelineRun.Outputs out;

    @BeforeAll
    static void run() throws Exception {
        String topic = Topics.DWD_TRAFFIC_PAGE_LOG.name();
        out =
                PipelineRun.of(new DwdTrafficUniqueVisitorDetail())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                pageLog("m1", "2024-06-01T01:00:00Z", "home", null),
                                pageLog("m1", "2024-06-01T02:00:00Z", "good_list", "home"),
                                pageLog("m2", "2024-06-01T02:00:04Z", "good_detail", "home"),
                                pageLog(
                                        "m2",
                                        "2024-06-01T02:00:01Z",
                                        "home",
                                        null), // sent later, happened earlier
                                pageLog(
                                        "m3",
                                        "2024-06-01T15:59:59Z",
                                        "home",
                                        null), // June 1st, 23:59:59 in Shanghai
                                pageLog(
                                        "m3",
                                        "2024-06-01T16:00:00Z",
                                        "cart",
                                        "home"), // June 2nd, 00:00 in Shanghai
                                pageLog("m1", "2024-06-01T16:30:00Z", "home", null),
                                pageLog("m2", "2024-06-01T17:00:00Z", "home", null))
                        .inputText(topic, "not avro")
                        .pause(topic, Duration.ofSeconds(2))
                        .input(Topics.DWD_TRAFFIC_PAGE_LOG, TOO_LATE)
                        .run();
    }

    @Test
    void eachDevicesEarliestPageOfEachShanghaiDayIsItsFirstVisitWhateverTheArrivalOrderU1() {
        assertThat(out.topic(Topics.DWD_TRAFFIC_UNIQUE_VISITOR_DETAIL))
                .extracting(LogRecords::at)
                .containsExactlyInAnyOrder(
                        "m1@2024-06-01T01:00:00Z home",
                        "m2@2024-06-01T02:00:01Z home",
                        "m3@2024-06-01T15:59:59Z home",
                        "m3@2024-06-01T16:00:00Z cart",
                        "m1@2024-06-01T16:30:00Z home",
                        "m2@2024-06-01T17:00:00Z home");
    }

    @Test
    void anEarlierPageAfterTheFirstVisitWasPublishedIsADeadLetterAndTheFirstVisitStands() {
        assertThat(out.topic(Topics.DWD_TRAFFIC_UNIQUE_VISITOR_DETAIL))
                .extracting(LogRecords::at)
                .doesNotContain("m1@2024-06-01T16:10:00Z search");
        assertThat(out.deadLetters())
                .filteredOn(l -> l.reason().startsWith("late:"))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.job()).isEqualTo("DwdTrafficUniqueVisitorDetail");
                            assertThat(l.reason())
                                    .contains("first visit of the day already published");
                            assertThat(l.original())
                                    .isEqualTo(TOO_LATE.toString()); // the page's text
                        });
    }

    @Test
    void theLatePagesDeadLetterNamesThePageTopicAsItsSource() {
        assertThat(out.deadLetters())
                .filteredOn(l -> l.reason().startsWith("late:"))
                .singleElement()
                .satisfies(
                        l -> assertThat(l.source()).isEqualTo(Topics.DWD_TRAFFIC_PAGE_LOG.name()));
    }

    @Test
    void aMessageThatIsNoPageIsADeadLetterOfThePageTopic() {
        assertThat(out.deadLetters()).hasSize(2);
        assertThat(out.deadLetters())
                .filteredOn(l -> l.reason().startsWith("cannot decode"))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.source()).isEqualTo(Topics.DWD_TRAFFIC_PAGE_LOG.name());
                            assertThat(l.original()).isEqualTo("not avro");
                        });
    }
}
