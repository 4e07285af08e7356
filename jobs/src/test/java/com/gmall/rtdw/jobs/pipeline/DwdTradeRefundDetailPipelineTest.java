package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.RefundRows.completed;
import static com.gmall.rtdw.jobs.pipeline.RefundRows.request;
import static com.gmall.rtdw.jobs.pipeline.RefundRows.touchedAgain;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.clock;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.money;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.withBaseDic;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.order.DwdTradeRefundDetail;
import com.gmall.rtdw.model.dwd.TradeRefundDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * DwdTradeRefundDetail (docs/jobs.md): each refund_payment changing to completed (0705), with its
 * order's user and province from the order's change to refunded (1006), the refund_num of the
 * request of the same order and SKU (R2) and the payment type's base_dic name (R1). As the shop
 * writes them: a refund is requested (order 1004 -> 1005, the request and its refund_payment
 * inserted), and completed later (order 1005 -> 1006, both rows to 0705).
 */
class DwdTradeRefundDetailPipelineTest {
    private static final String JOB = "DwdTradeRefundDetail";

    /** 2024-06-02 09:00 shop time. */
    private static final Instant REQUESTED = Instant.parse("2024-06-02T01:00:00Z");

    @Test
    void
            eachCompletedRefundPaymentGetsItsOwnLinesRefundNumberItsOrdersUserAndProvinceAndThePaymentTypeNameR1R2()
                    throws Exception {
        DbChange neverRefunded = completed(8461, 8460, 5, "10");
        DbChange tenYuan = completed(8471, 8400, 7, "ten");
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeRefundDetail()))
                        .inputAt(
                                REQUESTED,
                                Topics.TOPIC_DB,
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8400",
                                                "user_id",
                                                "7",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1005"),
                                        "order_status",
                                        "1004"),
                                request(8401, 8400, 5, 1),
                                request(8402, 8400, 6, 2),
                                insert(
                                        "refund_payment",
                                        "id",
                                        "8441",
                                        "out_trade_no",
                                        "T8400",
                                        "order_id",
                                        "8400",
                                        "sku_id",
                                        "5",
                                        "payment_type",
                                        "1102",
                                        "total_amount",
                                        "90",
                                        "refund_status",
                                        "0701",
                                        "create_time",
                                        "2024-06-02 09:00:00"))
                        .inputAt(
                                REQUESTED.plusSeconds(600),
                                Topics.TOPIC_DB,
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8400",
                                                "user_id",
                                                "7",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1006"),
                                        "order_status",
                                        "1005"),
                                was(
                                        update(
                                                "order_refund_info",
                                                "id",
                                                "8401",
                                                "order_id",
                                                "8400",
                                                "sku_id",
                                                "5",
                                                "refund_num",
                                                "1",
                                                "refund_status",
                                                "0705"),
                                        "refund_status",
                                        "0701"),
                                completed(8441, 8400, 5, "90"),
                                completed(8442, 8400, 6, "95"),
                                // a refund that failed, and a completed one touched again: no
                                // refunds
                                was(
                                        update(
                                                "refund_payment",
                                                "id",
                                                "8451",
                                                "order_id",
                                                "8450",
                                                "sku_id",
                                                "5",
                                                "payment_type",
                                                "1102",
                                                "total_amount",
                                                "10",
                                                "refund_status",
                                                "0706",
                                                "callback_time",
                                                "2024-06-02 09:10:03"),
                                        "refund_status",
                                        "0701"),
                                neverRefunded,
                                tenYuan)
                        .inputAt(
                                REQUESTED.plusSeconds(660),
                                Topics.TOPIC_DB,
                                touchedAgain(completed(8441, 8400, 5, "90")))
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        Instant done = shopTime("2024-06-02 09:10:03");
        assertThat(out.topic(Topics.DWD_TRADE_REFUND_DETAIL))
                .containsExactlyInAnyOrder(
                        new TradeRefundDetail(
                                8441L,
                                "T8400",
                                8400L,
                                5L,
                                7L,
                                9L,
                                "1102",
                                "微信",
                                "REF8441",
                                money("90.00"),
                                "refund of order 8400",
                                "0705",
                                1L,
                                shopTime("2024-06-02 09:00:00"),
                                done),
                        new TradeRefundDetail(
                                8442L,
                                "T8400",
                                8400L,
                                6L,
                                7L,
                                9L,
                                "1102",
                                "微信",
                                "REF8442",
                                money("95.00"),
                                "refund of order 8400",
                                "0705",
                                2L,
                                shopTime("2024-06-02 09:00:00"),
                                done));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(
                                JOB,
                                tenYuan,
                                "refund_payment.total_amount is missing or malformed: ten"),
                        // its order's completion and its request never came: incomplete when the
                        // retention ends
                        unusable(
                                JOB,
                                neverRefunded,
                                "refund payment without its order's completion or its line's refund "
                                        + "request within 1800000 ms"));
    }

    /**
     * A refund completes when the goods are back, days after its request: the transaction
     * completing it changes the request to 0705 too, and that row carries the refund_num as well as
     * the insert did.
     */
    @Test
    void aRefundCompletedTwoDaysAfterItsRequestGetsItsLinesRefundNumber() throws Exception {
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeRefundDetail()))
                        .inputAt(
                                REQUESTED,
                                Topics.TOPIC_DB,
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8500",
                                                "user_id",
                                                "7",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1005"),
                                        "order_status",
                                        "1004"),
                                request(8501, 8500, 5, 1),
                                insert(
                                        "refund_payment",
                                        "id",
                                        "8541",
                                        "out_trade_no",
                                        "T8500",
                                        "order_id",
                                        "8500",
                                        "sku_id",
                                        "5",
                                        "payment_type",
                                        "1102",
                                        "total_amount",
                                        "90",
                                        "refund_status",
                                        "0701",
                                        "create_time",
                                        "2024-06-02 09:00:00"))
                        // the shop goes on: three hours later, the watermarks pass them (one clock
                        // per generator)
                        .inputAt(
                                REQUESTED.plus(Duration.ofHours(3)),
                                Topics.TOPIC_DB,
                                clock(),
                                clock())
                        .pause(Topics.TOPIC_DB, Duration.ofSeconds(2))
                        // the goods came back: the refund completes two days after the request, in
                        // one transaction
                        .inputAt(
                                Instant.parse("2024-06-04T02:00:00Z"),
                                Topics.TOPIC_DB,
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8500",
                                                "user_id",
                                                "7",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1006"),
                                        "order_status",
                                        "1005"),
                                was(
                                        update(
                                                "order_refund_info",
                                                "id",
                                                "8501",
                                                "user_id",
                                                "7",
                                                "order_id",
                                                "8500",
                                                "sku_id",
                                                "5",
                                                "refund_type",
                                                "1502",
                                                "refund_num",
                                                "1",
                                                "refund_amount",
                                                "90",
                                                "refund_status",
                                                "0705",
                                                "create_time",
                                                "2024-06-02 09:00:00"),
                                        "refund_status",
                                        "0701"),
                                was(
                                        update(
                                                "refund_payment",
                                                "id",
                                                "8541",
                                                "out_trade_no",
                                                "T8500",
                                                "order_id",
                                                "8500",
                                                "sku_id",
                                                "5",
                                                "payment_type",
                                                "1102",
                                                "trade_no",
                                                "REF8541",
                                                "total_amount",
                                                "90",
                                                "subject",
                                                "refund of order 8500",
                                                "refund_status",
                                                "0705",
                                                "create_time",
                                                "2024-06-02 09:00:00",
                                                "callback_time",
                                                "2024-06-04 10:00:03",
                                                "callback_content",
                                                "ok"),
                                        "refund_status",
                                        "0701",
                                        "trade_no",
                                        null,
                                        "callback_time",
                                        null))
                        .run();

        assertThat(out.topic(Topics.DWD_TRADE_REFUND_DETAIL))
                .containsExactly(
                        new TradeRefundDetail(
                                8541L,
                                "T8500",
                                8500L,
                                5L,
                                7L,
                                9L,
                                "1102",
                                "微信",
                                "REF8541",
                                money("90.00"),
                                "refund of order 8500",
                                "0705",
                                1L,
                                shopTime("2024-06-02 09:00:00"),
                                shopTime("2024-06-04 10:00:03")));
        assertThat(out.deadLetters()).isEmpty();
    }
}
