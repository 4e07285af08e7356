package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.inDatabase;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.snapshot;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.DwdToolCouponGet;
import com.gmall.rtdw.model.dwd.ToolCouponGet;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** DwdToolCouponGet (docs/jobs.md): each new coupon_use row is a coupon taken, at its get_time. */
class DwdToolCouponGetPipelineTest {
    private static final String JOB = "DwdToolCouponGet";

    @Test
    void eachNewCouponUseRowIsACouponTakenOnItsShopDayAndNothingElseIs() throws Exception {
        DbChange badTime =
                insert(
                        "coupon_use",
                        "id",
                        "103",
                        "coupon_id",
                        "1",
                        "user_id",
                        "13",
                        "coupon_status",
                        "1401",
                        "get_time",
                        "not a time");
        PipelineRun.Outputs out =
                PipelineRun.of(new DwdToolCouponGet())
                        .input(
                                Topics.TOPIC_DB,
                                // just after midnight in the shop: still 2024-05-31 in UTC, but the
                                // shop's day counts (G5)
                                insert(
                                        "coupon_use",
                                        "id",
                                        "101",
                                        "coupon_id",
                                        "1",
                                        "user_id",
                                        "11",
                                        "coupon_status",
                                        "1401",
                                        "get_time",
                                        "2024-06-01 00:10:00"),
                                // the same coupon used later: no second taking
                                was(
                                        update(
                                                "coupon_use",
                                                "id",
                                                "101",
                                                "coupon_id",
                                                "1",
                                                "user_id",
                                                "11",
                                                "order_id",
                                                "7001",
                                                "coupon_status",
                                                "1402",
                                                "get_time",
                                                "2024-06-01 00:10:00",
                                                "using_time",
                                                "2024-06-01 10:05:00"),
                                        "coupon_status",
                                        "1401",
                                        "using_time",
                                        null),
                                insert(
                                        "coupon_info",
                                        "id",
                                        "1",
                                        "coupon_name",
                                        "满100减10",
                                        "create_time",
                                        "2024-05-01 00:00:00"),
                                // G7: a table of the same name in another database is not the
                                // shop's
                                inDatabase(
                                        "gmall_archive",
                                        insert(
                                                "coupon_use",
                                                "id",
                                                "102",
                                                "coupon_id",
                                                "1",
                                                "user_id",
                                                "12",
                                                "coupon_status",
                                                "1401",
                                                "get_time",
                                                "2024-06-01 09:00:00")),
                                badTime)
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_TOOL_COUPON_GET))
                .containsExactly(
                        new ToolCouponGet(
                                101L,
                                1L,
                                11L,
                                LocalDate.of(2024, 6, 1),
                                shopTime("2024-06-01 00:10:00")));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(
                                JOB,
                                badTime,
                                "coupon_use.get_time is not a yyyy-MM-dd HH:mm:ss date-time: 'not a time'"));
    }

    @Test
    void theSnapshotsCouponsTakenSinceTheStartOfItsDayAreFactsOlderOnesAreNot() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwdToolCouponGet())
                        .input(
                                Topics.TOPIC_DB,
                                // read on 2024-06-01 at 08:00 shop time: the period is that day
                                // (dwd.snapshot-facts-from)
                                snapshot(
                                        "coupon_use",
                                        "id",
                                        "201",
                                        "coupon_id",
                                        "2",
                                        "user_id",
                                        "21",
                                        "coupon_status",
                                        "1402",
                                        "get_time",
                                        "2024-06-01 07:00:00",
                                        "using_time",
                                        "2024-06-01 07:30:00"),
                                snapshot(
                                        "coupon_use",
                                        "id",
                                        "202",
                                        "coupon_id",
                                        "2",
                                        "user_id",
                                        "22",
                                        "coupon_status",
                                        "1401",
                                        "get_time",
                                        "2024-05-31 23:59:59"))
                        .run();

        assertThat(out.topic(Topics.DWD_TOOL_COUPON_GET))
                .containsExactly(
                        new ToolCouponGet(
                                201L,
                                2L,
                                21L,
                                LocalDate.of(2024, 6, 1),
                                shopTime("2024-06-01 07:00:00")));
        assertThat(out.deadLetters()).isEmpty();
    }
}
