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

import com.gmall.rtdw.jobs.dwd.db.DwdToolCouponPay;
import com.gmall.rtdw.model.dwd.ToolCouponPay;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * DwdToolCouponPay (docs/jobs.md): a coupon_use row changing to used (1403), once, at its used_time
 * (CP1).
 */
class DwdToolCouponPayPipelineTest {
    private static final String JOB = "DwdToolCouponPay";

    @Test
    void aCouponIsPaidOnceWhenItsStatusChangesToUsedLaterUpdatesDoNotCountAgainCP1()
            throws Exception {
        DbChange noUsedTime =
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
                                "1403"),
                        "coupon_status",
                        "1402");
        PipelineRun.Outputs out =
                PipelineRun.of(new DwdToolCouponPay())
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
                                                "using_time",
                                                "2024-06-01 10:05:00"),
                                        "coupon_status",
                                        "1401",
                                        "using_time",
                                        null),
                                // paid late in the shop's evening: 2024-06-01 there, the same day
                                // in UTC too
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
                                                "2024-06-01 23:06:00"),
                                        "coupon_status",
                                        "1402",
                                        "used_time",
                                        null),
                                // CP1: the used coupon's expiry changes later; it has a used_time,
                                // but is not paid again
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
                                                "used_time",
                                                "2024-06-01 23:06:00",
                                                "expire_time",
                                                "2024-09-01 00:00:00"),
                                        "expire_time",
                                        "2024-07-01 00:00:00"),
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
                                                "2024-06-01 11:00:00"),
                                        "coupon_status",
                                        "1401"),
                                was(
                                        update(
                                                "payment_info",
                                                "id",
                                                "9001",
                                                "order_id",
                                                "7002",
                                                "payment_status",
                                                "1602"),
                                        "payment_status",
                                        "1601"),
                                noUsedTime)
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_TOOL_COUPON_PAY))
                .containsExactly(
                        new ToolCouponPay(
                                101L,
                                1L,
                                11L,
                                7001L,
                                LocalDate.of(2024, 6, 1),
                                shopTime("2024-06-01 23:06:00")));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(JOB, noUsedTime, "coupon_use.used_time is missing"));
    }

    @Test
    void theSnapshotsCouponsPaidOnItsDayAreFactsThoseInUseOrPaidEarlierAreNot() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwdToolCouponPay())
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
                                        "order_id",
                                        "7202",
                                        "coupon_status",
                                        "1402",
                                        "using_time",
                                        "2024-06-01 07:10:00"),
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
                                        "1403",
                                        "using_time",
                                        "2024-05-31 22:00:00",
                                        "used_time",
                                        "2024-05-31 22:01:00"))
                        .run();

        assertThat(out.topic(Topics.DWD_TOOL_COUPON_PAY))
                .containsExactly(
                        new ToolCouponPay(
                                201L,
                                2L,
                                21L,
                                7201L,
                                LocalDate.of(2024, 6, 1),
                                shopTime("2024-06-01 07:01:00")));
        assertThat(out.deadLetters()).isEmpty();
    }
}
