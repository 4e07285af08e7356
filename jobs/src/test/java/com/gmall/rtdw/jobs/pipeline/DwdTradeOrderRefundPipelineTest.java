package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.inDatabase;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.money;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.withBaseDic;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.order.DwdTradeOrderRefund;
import com.gmall.rtdw.model.dwd.TradeOrderRefund;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * DwdTradeOrderRefund (docs/jobs.md): each new order_refund_info row, with the base_dic names of
 * its refund type and reason and its order's province, from the order's change to refund in
 * progress (1005). The shop writes the request and the order's change in one transaction; event
 * time is topic_db's Kafka time.
 */
class DwdTradeOrderRefundPipelineTest {
    private static final String JOB = "DwdTradeOrderRefund";

    /** 2024-06-02 09:00 shop time. */
    private static final Instant REQUESTED = Instant.parse("2024-06-02T01:00:00Z");

    @Test
    void eachRefundRequestComesWithItsTypeAndReasonNamesAndTheProvinceOfItsOrderRefunding()
            throws Exception {
        DbChange noRefundNum =
                insert(
                        "order_refund_info",
                        "id",
                        "8341",
                        "user_id",
                        "7",
                        "order_id",
                        "8340",
                        "sku_id",
                        "5",
                        "refund_type",
                        "1501",
                        "refund_amount",
                        "10",
                        "create_time",
                        "2024-06-02 09:03:00");
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeOrderRefund()))
                        .inputAt(
                                REQUESTED,
                                Topics.TOPIC_DB,
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8300",
                                                "user_id",
                                                "7",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1005",
                                                "operate_time",
                                                "2024-06-02 09:00:00"),
                                        "order_status",
                                        "1004",
                                        "operate_time",
                                        "2024-06-01 18:00:00"),
                                insert(
                                        "order_refund_info",
                                        "id",
                                        "8301",
                                        "user_id",
                                        "7",
                                        "order_id",
                                        "8300",
                                        "sku_id",
                                        "5",
                                        "refund_type",
                                        "1502",
                                        "refund_num",
                                        "1",
                                        "refund_amount",
                                        "90",
                                        "refund_reason_type",
                                        "1301",
                                        "refund_reason_txt",
                                        "屏幕有划痕",
                                        "refund_status",
                                        "0701",
                                        "create_time",
                                        "2024-06-02 09:00:00"))
                        .inputAt(
                                REQUESTED.plusSeconds(60),
                                Topics.TOPIC_DB,
                                // two lines of one order: one change of the order serves both; 1399
                                // is not in base_dic
                                insert(
                                        "order_refund_info",
                                        "id",
                                        "8311",
                                        "user_id",
                                        "8",
                                        "order_id",
                                        "8310",
                                        "sku_id",
                                        "6",
                                        "refund_type",
                                        "1501",
                                        "refund_num",
                                        "2",
                                        "refund_amount",
                                        "95.5",
                                        "refund_reason_type",
                                        "1302",
                                        "refund_status",
                                        "0701",
                                        "create_time",
                                        "2024-06-02 09:01:00"),
                                insert(
                                        "order_refund_info",
                                        "id",
                                        "8312",
                                        "user_id",
                                        "8",
                                        "order_id",
                                        "8310",
                                        "sku_id",
                                        "7",
                                        "refund_type",
                                        "1501",
                                        "refund_num",
                                        "1",
                                        "refund_amount",
                                        "30",
                                        "refund_reason_type",
                                        "1399",
                                        "refund_status",
                                        "0701",
                                        "create_time",
                                        "2024-06-02 09:01:00"),
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8310",
                                                "user_id",
                                                "8",
                                                "province_id",
                                                "12",
                                                "order_status",
                                                "1005",
                                                "operate_time",
                                                "2024-06-02 09:01:00"),
                                        "order_status",
                                        "1004",
                                        "operate_time",
                                        "2024-06-01 19:00:00"))
                        .inputAt(
                                REQUESTED.plusSeconds(120),
                                Topics.TOPIC_DB,
                                // the request approved, an order completed, a request of another
                                // database: no requests
                                was(
                                        update(
                                                "order_refund_info",
                                                "id",
                                                "8301",
                                                "user_id",
                                                "7",
                                                "order_id",
                                                "8300",
                                                "sku_id",
                                                "5",
                                                "refund_type",
                                                "1502",
                                                "refund_num",
                                                "1",
                                                "refund_amount",
                                                "90",
                                                "refund_status",
                                                "0702",
                                                "create_time",
                                                "2024-06-02 09:00:00"),
                                        "refund_status",
                                        "0701"),
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8320",
                                                "user_id",
                                                "9",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1004",
                                                "operate_time",
                                                "2024-06-02 09:02:00"),
                                        "order_status",
                                        "1002"),
                                inDatabase(
                                        "gmall_archive",
                                        insert(
                                                "order_refund_info",
                                                "id",
                                                "8331",
                                                "user_id",
                                                "7",
                                                "order_id",
                                                "8300",
                                                "sku_id",
                                                "5",
                                                "refund_type",
                                                "1502",
                                                "refund_num",
                                                "1",
                                                "refund_amount",
                                                "90",
                                                "create_time",
                                                "2024-06-02 09:02:00")),
                                noRefundNum)
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_TRADE_ORDER_REFUND))
                .containsExactlyInAnyOrder(
                        new TradeOrderRefund(
                                8301L,
                                7L,
                                8300L,
                                5L,
                                9L,
                                "1502",
                                "退货退款",
                                1L,
                                money("90.00"),
                                "1301",
                                "质量问题",
                                "屏幕有划痕",
                                "0701",
                                shopTime("2024-06-02 09:00:00")),
                        new TradeOrderRefund(
                                8311L,
                                8L,
                                8310L,
                                6L,
                                12L,
                                "1501",
                                "仅退款",
                                2L,
                                money("95.50"),
                                "1302",
                                "商品描述与实际描述不一致",
                                null,
                                "0701",
                                shopTime("2024-06-02 09:01:00")),
                        new TradeOrderRefund(
                                8312L,
                                8L,
                                8310L,
                                7L,
                                12L,
                                "1501",
                                "仅退款",
                                1L,
                                money("30.00"),
                                "1399",
                                null,
                                null,
                                "0701",
                                shopTime("2024-06-02 09:01:00")));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(JOB, noRefundNum, "order_refund_info.refund_num is missing"));
    }

    /**
     * The shop marks an order refunding in the transaction of its request: a request left alone is
     * an anomaly.
     */
    @Test
    void aRequestWhoseOrderNeverChangesToRefundingIsADeadLetterNotDroppedSilently()
            throws Exception {
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeOrderRefund()))
                        .inputAt(
                                REQUESTED,
                                Topics.TOPIC_DB,
                                insert(
                                        "order_refund_info",
                                        "id",
                                        "8401",
                                        "user_id",
                                        "7",
                                        "order_id",
                                        "8400",
                                        "sku_id",
                                        "5",
                                        "refund_type",
                                        "1502",
                                        "refund_num",
                                        "1",
                                        "refund_amount",
                                        "90",
                                        "refund_reason_type",
                                        "1301",
                                        "refund_status",
                                        "0701",
                                        "create_time",
                                        "2024-06-02 09:00:00"))
                        .run();

        assertThat(out.topic(Topics.DWD_TRADE_ORDER_REFUND)).isEmpty();
        assertThat(out.deadLetters())
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.job()).isEqualTo(JOB);
                            assertThat(letter.source()).isEqualTo(Topics.TOPIC_DB.name());
                            assertThat(letter.reason())
                                    .isEqualTo(
                                            "refund request whose order did not change to refunding (1005) "
                                                    + "within 30 min of event time");
                        });
    }
}
