package com.gmall.rtdw.jobs.dwd.order;

import static com.gmall.rtdw.jobs.testing.DbChanges.change;
import static com.gmall.rtdw.jobs.testing.DbChanges.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.dwd.db.TableFacts;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeCancelDetail;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dwd.TradePayDetail;
import com.gmall.rtdw.model.ods.DbChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Details of cancelled and paid orders (DwdTradeCancelDetail, DwdTradePayDetail in docs/jobs.md;
 * defects P1, PD1).
 */
class LinesOnOrderEventTest {
    private KeyedTwoInputStreamOperatorTestHarness<
                    Long, TradeOrderDetail, OrderEvent, TradeCancelDetail>
            harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                        new LinesOnOrderEvent<>(
                                org.apache.flink.api.common.typeinfo.TypeInformation.of(
                                        TradeOrderDetail.class),
                                TradeOrderDetail::getId,
                                DwdTradeCancelDetail::cancelled),
                        TradeOrderDetail::getOrderId,
                        e -> e.orderId,
                        Types.LONG);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    static TradeOrderDetail detail(long id, long orderId) {
        return TradeOrderDetail.newBuilder()
                .setId(id)
                .setOrderId(orderId)
                .setUserId(7)
                .setSkuId(5)
                .setSkuNum(1)
                .setOrderPrice(new BigDecimal("10.00"))
                .setSplitTotalAmount(new BigDecimal("10.00"))
                .setCreateTime(Instant.parse("2024-06-01T02:00:00Z"))
                .build();
    }

    private List<String> cancelled() {
        return harness.extractOutputValues().stream()
                .map(c -> c.getId() + "@" + c.getCancelTime())
                .toList();
    }

    @Test
    void detailsWaitForTheirOrdersCancellationHoweverLateItComesP1() throws Exception {
        harness.processElement1(detail(1, 100), 0);
        harness.processElement1(detail(2, 100), 0);
        // 20 minutes later: the reference had forgotten the details after 5 s
        harness.processWatermark1(new Watermark(20 * 60_000));
        harness.processWatermark2(new Watermark(20 * 60_000));
        harness.processElement2(
                new OrderEvent(
                        100, Instant.parse("2024-06-01T02:15:00Z").toEpochMilli(), null, null),
                20 * 60_000);

        assertThat(cancelled())
                .containsExactlyInAnyOrder("1@2024-06-01T02:15:00Z", "2@2024-06-01T02:15:00Z");
    }

    @Test
    void detailsArrivingAfterTheEventAreEmittedAndARepeatedEventAddsNothing() throws Exception {
        OrderEvent cancel = new OrderEvent(100, 5_000, null, null);
        harness.processElement2(cancel, 0);
        harness.processElement1(detail(1, 100), 1_000);
        harness.processElement2(cancel, 2_000);
        harness.processElement1(detail(2, 200), 1_000); // another order: not cancelled

        assertThat(cancelled()).containsExactly("1@1970-01-01T00:00:05Z");
    }

    @Test
    void anOrdersStateIsClearedByATimerAfterTheRetention() throws Exception {
        harness.processElement1(detail(1, 100), 1_000);
        harness.processElement2(new OrderEvent(200, 0, null, null), 1_000);
        assertThat(harness.numKeyedStateEntries()).isPositive();

        harness.processWatermark1(new Watermark(1_000 + LinesOnOrderEvent.RETENTION_MS));
        harness.processWatermark2(new Watermark(1_000 + LinesOnOrderEvent.RETENTION_MS));

        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
        harness.processElement2(
                new OrderEvent(100, 0, null, null), 1_000 + LinesOnOrderEvent.RETENTION_MS);
        assertThat(cancelled()).as("the detail was forgotten").isEmpty();
    }

    @Test
    void aPaymentCountsOnlyWhenItsRowChangesToPaidPD1() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new TableFacts<>(
                                new DwdTradePayDetail.Payments(),
                                zone,
                                SnapshotFacts.parse("today", zone),
                                "DwdTradePayDetail"))) {
            DbChange paid =
                    was(
                            change(
                                    ChangeType.update,
                                    "payment_info",
                                    "id",
                                    "1",
                                    "order_id",
                                    "100",
                                    "payment_type",
                                    "1102",
                                    "payment_status",
                                    "1602",
                                    "callback_time",
                                    "2024-06-01 10:00:30"),
                            "payment_status",
                            "1601");
            DbChange touchedLater =
                    was(
                            change(
                                    ChangeType.update,
                                    "payment_info",
                                    "id",
                                    "1",
                                    "order_id",
                                    "100",
                                    "payment_type",
                                    "1102",
                                    "payment_status",
                                    "1602",
                                    "callback_time",
                                    "2024-06-01 10:00:30",
                                    "callback_content",
                                    "ok"),
                            "callback_content",
                            null);
            h.processElement(paid, 0);
            h.processElement(touchedLater, 0);

            assertThat(h.extractOutputValues())
                    .singleElement()
                    .satisfies(
                            e -> {
                                assertThat(e.orderId).isEqualTo(100L);
                                assertThat(e.code).isEqualTo("1102");
                                assertThat(Instant.ofEpochMilli(e.at))
                                        .isEqualTo(Instant.parse("2024-06-01T02:00:30Z"));
                            });
        }
        TradePayDetail line =
                DwdTradePayDetail.paid(detail(1, 100), new OrderEvent(100, 0, "1102", "支付宝"));
        assertThat(line.getOrderDetailId()).isEqualTo(1L);
        assertThat(line.getPaymentTypeName()).isEqualTo("支付宝");
        assertThat(line.getSplitPaymentAmount()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void anOrderIsCancelledWhenItsStatusChangesTo1003() throws Exception {
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new TableFacts<>(
                                new DwdTradeCancelDetail.Cancellations(),
                                ZoneId.of("Asia/Shanghai"),
                                SnapshotFacts.parse("today", ZoneId.of("Asia/Shanghai")),
                                "DwdTradeCancelDetail"))) {
            h.processElement(
                    was(
                            change(
                                    ChangeType.update,
                                    "order_info",
                                    "id",
                                    "100",
                                    "order_status",
                                    "1003",
                                    "operate_time",
                                    "2024-06-01 10:15:00"),
                            "order_status",
                            "1001"),
                    0);
            h.processElement(
                    was(
                            change(
                                    ChangeType.update,
                                    "order_info",
                                    "id",
                                    "100",
                                    "order_status",
                                    "1003",
                                    "operate_time",
                                    "2024-06-01 10:16:00"),
                            "operate_time",
                            "2024-06-01 10:15:00"),
                    0);

            assertThat(h.extractOutputValues()).extracting(e -> e.orderId).containsExactly(100L);
        }
    }

    @Test
    void aSnapshotShowsAPaymentOrACancellationOfThePeriodByItsFinalState() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        SnapshotFacts today =
                SnapshotFacts.parse("today", zone); // the rows are read at 2024-06-01 08:00 local
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new TableFacts<>(
                                new DwdTradePayDetail.Payments(),
                                zone,
                                today,
                                "DwdTradePayDetail"))) {
            h.processElement(
                    change(
                            ChangeType.bootstrap_insert,
                            "payment_info",
                            "id",
                            "1",
                            "order_id",
                            "100",
                            "payment_type",
                            "1102",
                            "payment_status",
                            "1602",
                            "callback_time",
                            "2024-06-01 07:00:30"),
                    0);
            h.processElement(
                    change(
                            ChangeType.bootstrap_insert,
                            "payment_info",
                            "id",
                            "2",
                            "order_id",
                            "101",
                            "payment_type",
                            "1102",
                            "payment_status",
                            "1601",
                            "callback_time",
                            null),
                    0);
            h.processElement(
                    change(
                            ChangeType.bootstrap_insert,
                            "payment_info",
                            "id",
                            "3",
                            "order_id",
                            "99",
                            "payment_type",
                            "1102",
                            "payment_status",
                            "1602",
                            "callback_time",
                            "2024-05-31 22:00:00"),
                    0);

            assertThat(h.extractOutputValues())
                    .singleElement()
                    .satisfies(
                            e -> {
                                assertThat(e.orderId).isEqualTo(100L);
                                assertThat(Instant.ofEpochMilli(e.at))
                                        .isEqualTo(Instant.parse("2024-05-31T23:00:30Z"));
                            });
        }
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new TableFacts<>(
                                new DwdTradeCancelDetail.Cancellations(),
                                zone,
                                today,
                                "DwdTradeCancelDetail"))) {
            h.processElement(
                    change(
                            ChangeType.bootstrap_insert,
                            "order_info",
                            "id",
                            "100",
                            "order_status",
                            "1003",
                            "operate_time",
                            "2024-06-01 07:15:00"),
                    0);
            h.processElement(
                    change(
                            ChangeType.bootstrap_insert,
                            "order_info",
                            "id",
                            "101",
                            "order_status",
                            "1002",
                            "operate_time",
                            "2024-06-01 07:15:00"),
                    0);

            assertThat(h.extractOutputValues()).extracting(e -> e.orderId).containsExactly(100L);
        }
    }
}
