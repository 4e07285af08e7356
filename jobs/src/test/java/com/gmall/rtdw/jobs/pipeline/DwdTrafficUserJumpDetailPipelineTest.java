package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.LogRecords.pageLog;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.traffic.DwdTrafficUserJumpDetail;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DwdTrafficUserJumpDetail on one recorded set of pages in event-time order, then, after a pause
 * that lets the watermark reach 04:00:20 (the newest page, 04:00:30, less the 10 s the job allows),
 * a page of 04:00:15.
 */
class DwdTrafficUserJumpDetailPipelineTest {
    private static final PageLog BEHIND_THE_WATERMARK =
            pageLog("j6", "2024-06-01T04:00:15Z", "home", null);
    private static PipelineRun.Outputs out;

    @BeforeAll
    static void run() throws Exception {
        String topic = Topics.DWD_TRAFFIC_PAGE_LOG.name();
        out =
                PipelineRun.of(new DwdTrafficUserJumpDetail())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                pageLog("j1", "2024-06-01T04:00:00Z", "home", null),
                                pageLog("j2", "2024-06-01T04:00:00Z", "home", null),
                                pageLog("j4", "2024-06-01T04:00:00Z", "home", null),
                                pageLog(
                                        "j2",
                                        "2024-06-01T04:00:03Z",
                                        "good_list",
                                        "home"), // j2's session goes on
                                pageLog(
                                        "j1",
                                        "2024-06-01T04:00:05Z",
                                        "home",
                                        null), // j1 opens another session
                                pageLog(
                                        "j4",
                                        "2024-06-01T04:00:12Z",
                                        "good_list",
                                        "home"), // 12 s later: too late
                                pageLog("j5", "2024-06-01T04:00:30Z", "home", null))
                        .inputText(topic, "not avro")
                        .pause(topic, Duration.ofSeconds(2))
                        .input(Topics.DWD_TRAFFIC_PAGE_LOG, BEHIND_THE_WATERMARK)
                        .run();
    }

    @Test
    void
            aSessionOpeningPageIsABounceWhenTheNextPageOpensASessionWithinTenSecondsOrNoneFollowsWithinThem() {
        // j1: 04:00:05 opens a session within 10 s of 04:00:00, and nothing follows 04:00:05; j4:
        // its next page
        // comes 12 s later; j5: nothing follows; j2 goes on to good_list within 10 s, so it did not
        // bounce
        assertThat(out.topic(Topics.DWD_TRAFFIC_USER_JUMP_DETAIL))
                .extracting(LogRecords::at)
                .containsExactlyInAnyOrder(
                        "j1@2024-06-01T04:00:00Z home",
                        "j1@2024-06-01T04:00:05Z home",
                        "j4@2024-06-01T04:00:00Z home",
                        "j5@2024-06-01T04:00:30Z home");
    }

    @Test
    void aPageBehindTheWatermarkIsADeadLetterNotABounceJ1() throws Exception {
        assertThat(out.topic(Topics.DWD_TRAFFIC_USER_JUMP_DETAIL))
                .noneMatch(p -> p.getCommon().getMid().equals("j6"));
        List<KafkaRecord> late =
                LogRecords.deadLetterRecords(out).stream()
                        .filter(
                                r ->
                                        DeadLetter.of(r)
                                                .reason()
                                                .equals(
                                                        "page behind the watermark: CEP cannot order it"))
                        .toList();
        assertThat(late)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(DeadLetter.of(r).job())
                                    .isEqualTo("DwdTrafficUserJumpDetail");
                            assertThat(DeadLetter.of(r).source())
                                    .isEqualTo(Topics.DWD_TRAFFIC_PAGE_LOG.name());
                            // the original is the page as the topic carries it
                            assertThat(
                                            Topics.DWD_TRAFFIC_PAGE_LOG
                                                    .serde()
                                                    .decode(LogRecords.originalBytes(r)))
                                    .isEqualTo(BEHIND_THE_WATERMARK);
                        });
    }

    @Test
    void aMessageThatIsNoPageIsADeadLetterAndTheJobGoesOnJ1() {
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
