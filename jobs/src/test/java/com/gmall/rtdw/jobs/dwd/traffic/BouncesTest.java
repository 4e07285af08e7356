package com.gmall.rtdw.jobs.dwd.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.dwd.PageLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The bounce pattern of DwdTrafficUserJumpDetail (docs/jobs.md) on a local Flink run (CEP's own
 * operator keeps the state; our functions are the conditions and the match handler): the end of the
 * input moves the watermark past every page, so open partial matches time out and are bounces too.
 */
class BouncesTest {
    @Test
    void sessionOpeningPagesFollowedByAnotherOpeningOrByNothingWithinTenSecondsAreBounces()
            throws Exception {
        List<PageLog> pages =
                List.of(
                        Pages.page("m1", "2024-06-01T01:00:00Z", "home", null),
                        Pages.page(
                                "m1",
                                "2024-06-01T01:00:03Z",
                                "good_list",
                                "home"), // continues: no bounce
                        Pages.page("m2", "2024-06-01T01:00:00Z", "home", null),
                        Pages.page(
                                "m2",
                                "2024-06-01T01:00:05Z",
                                "home",
                                null), // a new session within 10 s
                        Pages.page("m3", "2024-06-01T01:00:00Z", "home", null),
                        Pages.page(
                                "m3",
                                "2024-06-01T01:00:15Z",
                                "home",
                                null), // after 10 s: the first timed out
                        Pages.page("m4", "2024-06-01T01:00:01Z", "home", null), // nothing after it
                        Pages.page(
                                "m2",
                                "2024-06-01T01:00:02Z",
                                "",
                                null)); // out of order within 2 s; "" is no page

        assertThat(bounces(pages))
                .containsExactlyInAnyOrder(
                        "m2@2024-06-01T01:00:00Z",
                        "m2@2024-06-01T01:00:02Z",
                        "m2@2024-06-01T01:00:05Z",
                        "m3@2024-06-01T01:00:00Z",
                        "m3@2024-06-01T01:00:15Z",
                        "m4@2024-06-01T01:00:01Z");
    }

    private static List<String> bounces(List<PageLog> pages) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        DataStream<PageLog> timed =
                env.fromCollection(pages, TypeInformation.of(PageLog.class))
                        .assignTimestampsAndWatermarks(
                                WatermarkStrategy.<PageLog>forBoundedOutOfOrderness(
                                                Duration.ofSeconds(2))
                                        .withTimestampAssigner(
                                                (p, previous) -> p.getTs().toEpochMilli()));
        SingleOutputStreamOperator<PageLog> bounces = Bounces.of(timed);
        List<String> out = new ArrayList<>();
        bounces.union(bounces.getSideOutput(Bounces.TIMED_OUT))
                .executeAndCollect()
                .forEachRemaining(p -> out.add(p.getCommon().getMid() + "@" + p.getTs()));
        return out;
    }
}
