package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.cableOf8102;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.clock;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.earphonesOf8101;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.money;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.phoneOf8101;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.withBaseDic;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.order.DwdTradeCancelDetail;
import com.gmall.rtdw.model.dwd.TradeCancelDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * DwdTradeCancelDetail (docs/jobs.md): each line of dwd_trade_order_detail once more when its
 * order's status changes to cancelled (1003), with the cancellation time. Event time is the Kafka
 * time of both inputs.
 */
class DwdTradeCancelDetailPipelineTest {
    private static final String JOB = "DwdTradeCancelDetail";

    /** When DwdTradeOrderDetail wrote the lines of the orders placed at 10:00 shop time. */
    private static final Instant DETAILED = Instant.parse("2024-06-01T02:00:05Z");

    @Test
    void eachLineOfAnOrderCancelledAQuarterOfAnHourLaterIsEmittedOnceWithTheCancellationTimeP1()
            throws Exception {
        DbChange noCancelTime =
                was(
                        update("order_info", "id", "8104", "user_id", "9", "order_status", "1003"),
                        "order_status",
                        "1001");
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeCancelDetail()))
                        .inputAt(
                                DETAILED,
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                phoneOf8101(),
                                earphonesOf8101(),
                                cableOf8102())
                        .inputText(Topics.DWD_TRADE_ORDER_DETAIL.name(), GARBLED)
                        // the shop goes on, and event time with it, before the cancellation (one
                        // clock per generator)
                        .inputAt(
                                Instant.parse("2024-06-01T02:14:00Z"),
                                Topics.TOPIC_DB,
                                clock(),
                                clock())
                        .pause(Topics.TOPIC_DB, Duration.ofSeconds(2))
                        // unpaid orders are cancelled after 15 minutes: the reference had forgotten
                        // the lines after 5 s (P1)
                        .inputAt(
                                Instant.parse("2024-06-01T02:15:00Z"),
                                Topics.TOPIC_DB,
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8101",
                                                "user_id",
                                                "7",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1003",
                                                "create_time",
                                                "2024-06-01 10:00:00",
                                                "operate_time",
                                                "2024-06-01 10:15:00"),
                                        "order_status",
                                        "1001",
                                        "operate_time",
                                        null),
                                // order 8102 is paid, not cancelled
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8102",
                                                "user_id",
                                                "8",
                                                "province_id",
                                                "10",
                                                "order_status",
                                                "1002",
                                                "create_time",
                                                "2024-06-01 10:00:00",
                                                "operate_time",
                                                "2024-06-01 10:15:00"),
                                        "order_status",
                                        "1001",
                                        "operate_time",
                                        null),
                                // a cancelled order without lines in the input: nothing to emit,
                                // and a dead letter that says so
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8103",
                                                "user_id",
                                                "9",
                                                "order_status",
                                                "1003",
                                                "operate_time",
                                                "2024-06-01 10:15:00"),
                                        "order_status",
                                        "1001"),
                                noCancelTime)
                        .inputAt(
                                Instant.parse("2024-06-01T02:16:00Z"),
                                Topics.TOPIC_DB,
                                // the cancelled order touched again: still cancelled, not cancelled
                                // again
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8101",
                                                "user_id",
                                                "7",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1003",
                                                "create_time",
                                                "2024-06-01 10:00:00",
                                                "operate_time",
                                                "2024-06-01 10:16:00"),
                                        "operate_time",
                                        "2024-06-01 10:15:00"))
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        Instant cancelled = shopTime("2024-06-01 10:15:00");
        assertThat(out.topic(Topics.DWD_TRADE_CANCEL_DETAIL))
                .containsExactlyInAnyOrder(
                        new TradeCancelDetail(
                                81011L,
                                8101L,
                                7L,
                                5L,
                                "小米手机",
                                1L,
                                money("100.00"),
                                9L,
                                1L,
                                2L,
                                null,
                                9L,
                                "2401",
                                "用户查询",
                                money("10.00"),
                                null,
                                money("90.00"),
                                cancelled),
                        new TradeCancelDetail(
                                81012L,
                                8101L,
                                7L,
                                6L,
                                "华为耳机",
                                2L,
                                money("50.00"),
                                9L,
                                null,
                                null,
                                3L,
                                null,
                                "2402",
                                "商品推广",
                                null,
                                money("5.00"),
                                money("95.00"),
                                cancelled));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.DWD_TRADE_ORDER_DETAIL.name()),
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(JOB, noCancelTime, "order_info.operate_time is missing"),
                        letter -> {
                            assertThat(letter.source()).isEqualTo(Topics.TOPIC_DB.name());
                            assertThat(letter.reason())
                                    .startsWith(
                                            "an order event from order_info for an order whose"
                                                    + " details this job did not see within 30 min");
                            assertThat(letter.original())
                                    .isEqualTo(
                                            "{\"order_id\":8103,\"at\":\"2024-06-01T02:15:00Z\"}");
                        });
    }
}
