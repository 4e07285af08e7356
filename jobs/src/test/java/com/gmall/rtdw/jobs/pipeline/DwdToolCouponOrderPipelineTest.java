package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.snapshot;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.DwdToolCouponOrder;
import com.gmall.rtdw.model.dwd.ToolCouponOrder;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * DwdToolCouponOrder (docs/jobs.md): a coupon_use row going from unused (1401) to in use (1402), at
 * its using_time.
 */
class DwdToolCouponOrderPipelineTest {
    private static final String JOB = "DwdToolCouponOrder";
    private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);

    @Test
    void onlyTheChangeFromUnusedToInUseIsACouponAppliedToAnOrder() throws Exception {
        DbChange noUsingTime =
                was(
                        update(
                                "coupon_use",
                                "id",
                                "104",
                                "coupon_id",
                                "1",
                                "user_id",
                                "14",
                                "order_id",
                                "7004",
                                "coupon_status",
                                "1402"),
                        "coupon_status",
                        "1401");
        PipelineRun.Outputs out =
                PipelineRun.of(new DwdToolCouponOrder())
                        .input(
                                Topics.TOPIC_DB,
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
                                        "2024-06-01 10:00:00"),
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
                                                "2024-06-01 10:00:00",
                                                "using_time",
                                                "2024-06-01 10:05:00"),
                                        "coupon_status",
                                        "1401",
                                        "order_id",
                                        null,
                                        "using_time",
                                        null),
                                // its payment: a coupon pay, not a second order
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
                                                "1403",
                                                "using_time",
                                                "2024-06-01 10:05:00",
                                                "used_time",
                                                "2024-06-01 10:06:00"),
                                        "coupon_status",
                                        "1402",
                                        "used_time",
                                        null),
                                // in use already; only its expiry changes
                                was(
                                        update(
                                                "coupon_use",
                                                "id",
                                                "102",
                                                "coupon_id",
                                                "1",
                                                "user_id",
                                                "12",
                                                "order_id",
                                                "7002",
                                                "coupon_status",
                                                "1402",
                                                "using_time",
                                                "2024-06-01 09:00:00",
                                                "expire_time",
                                                "2024-09-01 00:00:00"),
                                        "expire_time",
                                        "2024-07-01 00:00:00"),
                                // an order cancelled gives the coupon back: 1402 -> 1401 is no
                                // order either
                                was(
                                        update(
                                                "coupon_use",
                                                "id",
                                                "103",
                                                "coupon_id",
                                                "1",
                                                "user_id",
                                                "13",
                                                "coupon_status",
                                                "1401"),
                                        "coupon_status",
                                        "1402",
                                        "order_id",
                                        "7003"),
                                was(
                                        update("order_info", "id", "7001", "order_status", "1002"),
                                        "order_status",
                                        "1001"),
                                noUsingTime)
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_TOOL_COUPON_ORDER))
                .containsExactly(
                        new ToolCouponOrder(
                                101L, 1L, 11L, 7001L, JUNE_1, shopTime("2024-06-01 10:05:00")));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(JOB, noUsingTime, "coupon_use.using_time is missing"));
    }

    @Test
    void theSnapshotsCouponsUsedInAnOrderOfItsDayAreFactsPaidSinceOrNot() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwdToolCouponOrder())
                        .input(
                                Topics.TOPIC_DB,
                                // read on 2024-06-01 at 08:00 shop time: the period is that day
                                snapshot(
                                        "coupon_use",
                                        "id",
                                        "201",
                                        "coupon_id",
                                        "2",
                                        "user_id",
                                        "21",
                                        "order_id",
                                        "7201",
                                        "coupon_status",
                                        "1403",
                                        "get_time",
                                        "2024-05-30 12:00:00",
                                        "using_time",
                                        "2024-06-01 07:00:00",
                                        "used_time",
                                        "2024-06-01 07:01:00"),
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
                                        "2024-06-01 07:00:00"),
                                snapshot(
                                        "coupon_use",
                                        "id",
                                        "203",
                                        "coupon_id",
                                        "2",
                                        "user_id",
                                        "23",
                                        "order_id",
                                        "7203",
                                        "coupon_status",
                                        "1402",
                                        "using_time",
                                        "2024-05-31 23:00:00"))
                        .run();

        assertThat(out.topic(Topics.DWD_TOOL_COUPON_ORDER))
                .containsExactly(
                        new ToolCouponOrder(
                                201L, 2L, 21L, 7201L, JUNE_1, shopTime("2024-06-01 07:00:00")));
        assertThat(out.deadLetters()).isEmpty();
    }
}
