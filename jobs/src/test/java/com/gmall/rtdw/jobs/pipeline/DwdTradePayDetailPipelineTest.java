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

import com.gmall.rtdw.jobs.dwd.order.DwdTradePayDetail;
import com.gmall.rtdw.model.dwd.TradePayDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * DwdTradePayDetail (docs/jobs.md): each line of dwd_trade_order_detail once more when its order's
 * payment_info row changes to paid (1602), once (PD1), with the payment type's code and base_dic
 * name and the callback time.
 */
class DwdTradePayDetailPipelineTest {
    private static final String JOB = "DwdTradePayDetail";

    /** When DwdTradeOrderDetail wrote the lines of the orders placed at 10:00 shop time. */
    private static final Instant DETAILED = Instant.parse("2024-06-01T02:00:05Z");

    @Test
    void
            eachLineOfAPaidOrderIsEmittedOnceWithItsPaymentTypesNameLaterUpdatesOfThePaymentAreNoPaymentPD1()
                    throws Exception {
        DbChange noCallbackTime =
                was(
                        update(
                                "payment_info",
                                "id",
                                "8294",
                                "order_id",
                                "8104",
                                "payment_type",
                                "1101",
                                "payment_status",
                                "1602"),
                        "payment_status",
                        "1601");
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradePayDetail()))
                        .inputAt(
                                DETAILED,
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                phoneOf8101(),
                                earphonesOf8101(),
                                cableOf8102())
                        .inputText(Topics.DWD_TRADE_ORDER_DETAIL.name(), GARBLED)
                        // event time moves on before the payment comes (one clock per watermark
                        // generator)
                        .inputAt(
                                Instant.parse("2024-06-01T02:00:50Z"),
                                Topics.TOPIC_DB,
                                clock(),
                                clock())
                        .pause(Topics.TOPIC_DB, Duration.ofSeconds(2))
                        .inputAt(
                                Instant.parse("2024-06-01T02:01:00Z"),
                                Topics.TOPIC_DB,
                                was(
                                        update(
                                                "payment_info",
                                                "id",
                                                "8291",
                                                "order_id",
                                                "8101",
                                                "user_id",
                                                "7",
                                                "payment_type",
                                                "1102",
                                                "total_amount",
                                                "185",
                                                "payment_status",
                                                "1602",
                                                "callback_time",
                                                "2024-06-01 10:01:00"),
                                        "payment_status",
                                        "1601",
                                        "callback_time",
                                        null),
                                // the order's own status change is no payment row
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8101",
                                                "user_id",
                                                "7",
                                                "order_status",
                                                "1002",
                                                "operate_time",
                                                "2024-06-01 10:01:00"),
                                        "order_status",
                                        "1001"),
                                // PD1: order 8102 was paid before the input; only its paid payment
                                // row is touched now
                                was(
                                        update(
                                                "payment_info",
                                                "id",
                                                "8292",
                                                "order_id",
                                                "8102",
                                                "user_id",
                                                "8",
                                                "payment_type",
                                                "1101",
                                                "total_amount",
                                                "30",
                                                "payment_status",
                                                "1602",
                                                "callback_time",
                                                "2024-06-01 10:00:40",
                                                "callback_content",
                                                "ok"),
                                        "callback_content",
                                        null),
                                // a payment cancelled (1603) is no payment
                                was(
                                        update(
                                                "payment_info",
                                                "id",
                                                "8293",
                                                "order_id",
                                                "8103",
                                                "payment_type",
                                                "1101",
                                                "payment_status",
                                                "1603"),
                                        "payment_status",
                                        "1601"),
                                noCallbackTime)
                        .inputAt(
                                Instant.parse("2024-06-01T02:02:00Z"),
                                Topics.TOPIC_DB,
                                // PD1: the paid payment row of 8101 touched again
                                was(
                                        update(
                                                "payment_info",
                                                "id",
                                                "8291",
                                                "order_id",
                                                "8101",
                                                "user_id",
                                                "7",
                                                "payment_type",
                                                "1102",
                                                "total_amount",
                                                "185",
                                                "payment_status",
                                                "1602",
                                                "callback_time",
                                                "2024-06-01 10:01:00",
                                                "callback_content",
                                                "ok"),
                                        "callback_content",
                                        null))
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        Instant paid = shopTime("2024-06-01 10:01:00");
        assertThat(out.topic(Topics.DWD_TRADE_PAY_DETAIL))
                .containsExactlyInAnyOrder(
                        new TradePayDetail(
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
                                "1102",
                                "微信",
                                money("90.00"),
                                paid),
                        new TradePayDetail(
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
                                "1102",
                                "微信",
                                money("95.00"),
                                paid));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.DWD_TRADE_ORDER_DETAIL.name()),
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(JOB, noCallbackTime, "payment_info.callback_time is missing"));
    }
}
