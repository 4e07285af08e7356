package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.inDatabase;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.money;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.snapshot;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.withBaseDic;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.order.DwdTradeOrderDetail;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * DwdTradeOrderDetail (docs/jobs.md): each detail of each new order once, complete, with its
 * order's user and province, its activity and coupon and its source type's name (P1-P3). Event time
 * is topic_db's Kafka time: an order's rows, written by one transaction, are sent together.
 */
class DwdTradeOrderDetailPipelineTest {
    private static final String JOB = "DwdTradeOrderDetail";

    /** When the shop wrote order 8001 (10:00 shop time). */
    private static final Instant ORDERED = Instant.parse("2024-06-01T02:00:00Z");

    @Test
    void
            eachDetailOfANewOrderIsEmittedOnceWithItsOrdersUserAndProvinceItsActivityCouponAndSourceNameP1P2P3()
                    throws Exception {
        DbChange noOrderId =
                insert(
                        "order_detail",
                        "id",
                        "80013",
                        "order_id",
                        "x",
                        "sku_id",
                        "5",
                        "sku_num",
                        "1");
        DbChange withoutItsOrder =
                insert(
                        "order_detail",
                        "id",
                        "80021",
                        "order_id",
                        "8002",
                        "sku_id",
                        "5",
                        "sku_num",
                        "1",
                        "order_price",
                        "100",
                        "split_total_amount",
                        "100",
                        "create_time",
                        "2024-06-01 10:00:20");
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeOrderDetail()))
                        // one transaction: the order's details first, its header last, as the
                        // shop's code writes them
                        .inputAt(
                                ORDERED,
                                Topics.TOPIC_DB,
                                insert(
                                        "order_detail",
                                        "id",
                                        "80011",
                                        "order_id",
                                        "8001",
                                        "sku_id",
                                        "5",
                                        "sku_name",
                                        "小米手机",
                                        "sku_num",
                                        "1",
                                        "order_price",
                                        "100",
                                        "source_type",
                                        "2401",
                                        "source_id",
                                        "9",
                                        "split_activity_amount",
                                        "10",
                                        "split_total_amount",
                                        "90",
                                        "create_time",
                                        "2024-06-01 10:00:00"),
                                insert(
                                        "order_detail",
                                        "id",
                                        "80012",
                                        "order_id",
                                        "8001",
                                        "sku_id",
                                        "6",
                                        "sku_name",
                                        "华为耳机",
                                        "sku_num",
                                        "2",
                                        "order_price",
                                        "50",
                                        "source_type",
                                        "2402",
                                        "split_coupon_amount",
                                        "5",
                                        "split_total_amount",
                                        "95",
                                        "create_time",
                                        "2024-06-01 10:00:00"),
                                insert(
                                        "order_detail_activity",
                                        "id",
                                        "80111",
                                        "order_id",
                                        "8001",
                                        "order_detail_id",
                                        "80011",
                                        "activity_id",
                                        "1",
                                        "activity_rule_id",
                                        "2",
                                        "sku_id",
                                        "5",
                                        "create_time",
                                        "2024-06-01 10:00:00"),
                                insert(
                                        "order_detail_coupon",
                                        "id",
                                        "80121",
                                        "order_id",
                                        "8001",
                                        "order_detail_id",
                                        "80012",
                                        "coupon_id",
                                        "3",
                                        "coupon_use_id",
                                        "301",
                                        "sku_id",
                                        "6",
                                        "create_time",
                                        "2024-06-01 10:00:00"),
                                insert(
                                        "order_info",
                                        "id",
                                        "8001",
                                        "user_id",
                                        "77",
                                        "province_id",
                                        "9",
                                        "order_status",
                                        "1001",
                                        "total_amount",
                                        "200",
                                        "create_time",
                                        "2024-06-01 10:00:00"),
                                // G7: the same tables in another database
                                inDatabase(
                                        "gmall_archive",
                                        insert(
                                                "order_info",
                                                "id",
                                                "8005",
                                                "user_id",
                                                "75",
                                                "create_time",
                                                "2024-06-01 10:00:00")),
                                inDatabase(
                                        "gmall_archive",
                                        insert(
                                                "order_detail",
                                                "id",
                                                "80051",
                                                "order_id",
                                                "8005",
                                                "sku_id",
                                                "5",
                                                "sku_num",
                                                "1",
                                                "order_price",
                                                "1",
                                                "split_total_amount",
                                                "1",
                                                "create_time",
                                                "2024-06-01 10:00:00")))
                        // the order paid, its payment: changes of an order, not a new one
                        .inputAt(
                                ORDERED.plusSeconds(10),
                                Topics.TOPIC_DB,
                                was(
                                        update(
                                                "order_info",
                                                "id",
                                                "8001",
                                                "user_id",
                                                "77",
                                                "province_id",
                                                "9",
                                                "order_status",
                                                "1002",
                                                "create_time",
                                                "2024-06-01 10:00:00",
                                                "operate_time",
                                                "2024-06-01 10:00:10"),
                                        "order_status",
                                        "1001",
                                        "operate_time",
                                        null),
                                insert(
                                        "payment_info",
                                        "id",
                                        "9001",
                                        "order_id",
                                        "8001",
                                        "payment_status",
                                        "1601"))
                        .inputAt(
                                ORDERED.plusSeconds(20),
                                Topics.TOPIC_DB,
                                noOrderId,
                                withoutItsOrder)
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_TRADE_ORDER_DETAIL))
                .containsExactlyInAnyOrder(
                        new TradeOrderDetail(
                                80011L,
                                8001L,
                                77L,
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
                                shopTime("2024-06-01 10:00:00")),
                        new TradeOrderDetail(
                                80012L,
                                8001L,
                                77L,
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
                                shopTime("2024-06-01 10:00:00")));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        undecodable(JOB, Topics.TOPIC_DB.name()),
                        unusable(JOB, noOrderId, "order_detail.order_id is not an order id: x"),
                        // an order still without its header a minute after its first row
                        unusable(
                                JOB,
                                withoutItsOrder,
                                "order row without its order_info row within 60000 ms"));
    }

    @Test
    void theSnapshotsOrdersOfItsDayAreNewOrdersOlderOnesAreHistory() throws Exception {
        // read on 2024-06-01 at 08:00 shop time, table after table
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeOrderDetail()))
                        .inputAt(
                                Instant.parse("2024-06-01T00:00:00Z"),
                                Topics.TOPIC_DB,
                                snapshot(
                                        "order_info",
                                        "id",
                                        "8003",
                                        "user_id",
                                        "78",
                                        "province_id",
                                        "10",
                                        "order_status",
                                        "1002",
                                        "create_time",
                                        "2024-06-01 07:00:00"),
                                snapshot(
                                        "order_info",
                                        "id",
                                        "8004",
                                        "user_id",
                                        "79",
                                        "province_id",
                                        "10",
                                        "order_status",
                                        "1004",
                                        "create_time",
                                        "2024-05-30 12:00:00"))
                        .inputAt(
                                Instant.parse("2024-06-01T00:01:00Z"),
                                Topics.TOPIC_DB,
                                snapshot(
                                        "order_detail",
                                        "id",
                                        "80031",
                                        "order_id",
                                        "8003",
                                        "sku_id",
                                        "7",
                                        "sku_num",
                                        "1",
                                        "order_price",
                                        "30",
                                        "source_type",
                                        "2401",
                                        "split_total_amount",
                                        "30",
                                        "create_time",
                                        "2024-06-01 07:00:00"),
                                snapshot(
                                        "order_detail",
                                        "id",
                                        "80041",
                                        "order_id",
                                        "8004",
                                        "sku_id",
                                        "7",
                                        "sku_num",
                                        "1",
                                        "order_price",
                                        "30",
                                        "source_type",
                                        "2401",
                                        "split_total_amount",
                                        "30",
                                        "create_time",
                                        "2024-05-30 12:00:00"))
                        .run();

        assertThat(out.topic(Topics.DWD_TRADE_ORDER_DETAIL))
                .containsExactly(
                        new TradeOrderDetail(
                                80031L,
                                8003L,
                                78L,
                                7L,
                                null,
                                1L,
                                money("30.00"),
                                10L,
                                null,
                                null,
                                null,
                                null,
                                "2401",
                                "用户查询",
                                null,
                                null,
                                money("30.00"),
                                shopTime("2024-06-01 07:00:00")));
        assertThat(out.deadLetters()).isEmpty();
    }
}
