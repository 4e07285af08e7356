package com.gmall.rtdw.jobs.dwd.order;

import static com.gmall.rtdw.jobs.testing.DbChanges.change;
import static com.gmall.rtdw.jobs.testing.DbChanges.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.testing.Harnesses;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeRefundDetail;
import com.gmall.rtdw.model.ods.DbChange;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completed refunds per order line (DwdTradeRefundDetail in docs/jobs.md; defects R1 and R2). */
class RefundAssemblerTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SnapshotFacts TODAY = SnapshotFacts.parse("today", SHANGHAI);

    private KeyedBroadcastOperatorTestHarness<Long, DbChange, DbChange, TradeRefundDetail> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new RefundAssembler(
                                ZoneId.of("Asia/Shanghai"),
                                "DwdTradeRefundDetail",
                                () -> new HashMap<>(Map.of("1102", "微信"))),
                        RefundRows::orderId,
                        Types.LONG,
                        Dictionary.STATE);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    static DbChange payment(long id, long orderId, long skuId) {
        return was(
                change(
                        ChangeType.update,
                        "refund_payment",
                        "id",
                        Long.toString(id),
                        "order_id",
                        Long.toString(orderId),
                        "sku_id",
                        Long.toString(skuId),
                        "payment_type",
                        "1102",
                        "total_amount",
                        "10",
                        "refund_status",
                        "0705",
                        "callback_time",
                        "2024-06-02 10:00:03"),
                "refund_status",
                "0701");
    }

    static DbChange request(long orderId, long skuId, long refundNum) {
        return change(
                ChangeType.insert,
                "order_refund_info",
                "id",
                "9" + skuId,
                "order_id",
                Long.toString(orderId),
                "sku_id",
                Long.toString(skuId),
                "refund_num",
                Long.toString(refundNum));
    }

    static DbChange refunded(long orderId) {
        return was(
                change(
                        ChangeType.update,
                        "order_info",
                        "id",
                        Long.toString(orderId),
                        "user_id",
                        "7",
                        "province_id",
                        "9",
                        "order_status",
                        "1006"),
                "order_status",
                "1005");
    }

    @Test
    void eachLineGetsItsOwnSkusRefundNumberNotACrossProductR2AndThePaymentTypeNameR1()
            throws Exception {
        harness.processElement(payment(1, 100, 5), 0);
        harness.processElement(payment(2, 100, 6), 0);
        harness.processElement(request(100, 5, 1), 0);
        harness.processElement(request(100, 6, 3), 0);
        assertThat(harness.extractOutputValues())
                .as("the order's completion is not in yet")
                .isEmpty();

        harness.processElement(refunded(100), 0);

        assertThat(harness.extractOutputValues())
                .extracting(
                        r ->
                                r.getId()
                                        + " sku="
                                        + r.getSkuId()
                                        + " num="
                                        + r.getRefundNum()
                                        + " user="
                                        + r.getUserId()
                                        + " "
                                        + r.getPaymentTypeName())
                .containsExactlyInAnyOrder("1 sku=5 num=1 user=7 微信", "2 sku=6 num=3 user=7 微信");
    }

    @Test
    void aPaymentStillIncompleteAtTheEndOfTheRetentionIsADeadLetterAndTheStateIsGone()
            throws Exception {
        harness.processElement(refunded(200), 0);
        harness.processElement(payment(3, 200, 5), 0);
        harness.processElement(request(300, 5, 1), 0); // another order
        harness.watermark(RefundAssembler.RETENTION_MS);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(harness.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(new String(r.getValue().value, StandardCharsets.UTF_8))
                                        .contains(
                                                "refund payment without its order's completion or its line's refund request"));
        assertThat(Harnesses.keyedStateEntries(harness)).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void rowsOfOtherKindsOrWithoutWhatARefundNeedsAreFilteredOrDeadLetters() throws Exception {
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new RefundRows("DwdTradeRefundDetail", SHANGHAI, TODAY))) {
            h.processElement(payment(1, 100, 5), 0);
            h.processElement(
                    change(ChangeType.update, "refund_payment", "id", "2", "refund_status", "0705"),
                    0);
            h.processElement(
                    change(
                            ChangeType.insert,
                            "order_refund_info",
                            "id",
                            "3",
                            "order_id",
                            "100",
                            "sku_id",
                            "5"),
                    0);
            DbChange bad = payment(4, 100, 5);
            bad.getData().put("total_amount", "ten");
            h.processElement(bad, 0);

            assertThat(h.extractOutputValues()).hasSize(1);
            assertThat(h.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                    .extracting(r -> new String(r.getValue().value, StandardCharsets.UTF_8))
                    .satisfiesExactly(
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "order_refund_info.refund_num is missing or malformed: null"),
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "refund_payment.total_amount is missing or malformed: ten"));
        }
    }

    @Test
    void theSnapshotsRowsOfARefundCompletedInThePeriodPassOlderOnesDoNot() throws Exception {
        // the rows are read at 2024-06-01 08:00 local; the period is that day
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new RefundRows("DwdTradeRefundDetail", SHANGHAI, TODAY))) {
            h.processElement(
                    snapshot(
                            change(
                                    ChangeType.insert,
                                    "refund_payment",
                                    "id",
                                    "1",
                                    "order_id",
                                    "100",
                                    "sku_id",
                                    "5",
                                    "total_amount",
                                    "10.00",
                                    "refund_status",
                                    "0705",
                                    "callback_time",
                                    "2024-06-01 07:00:00")),
                    0);
            h.processElement(
                    snapshot(
                            change(
                                    ChangeType.insert,
                                    "refund_payment",
                                    "id",
                                    "2",
                                    "order_id",
                                    "99",
                                    "sku_id",
                                    "5",
                                    "total_amount",
                                    "10.00",
                                    "refund_status",
                                    "0705",
                                    "callback_time",
                                    "2024-05-31 07:00:00")),
                    0);
            h.processElement(
                    snapshot(
                            change(
                                    ChangeType.insert,
                                    "refund_payment",
                                    "id",
                                    "3",
                                    "order_id",
                                    "98",
                                    "sku_id",
                                    "5",
                                    "total_amount",
                                    "10.00",
                                    "refund_status",
                                    "0702",
                                    "callback_time",
                                    null)),
                    0);
            h.processElement(
                    snapshot(
                            change(
                                    ChangeType.insert,
                                    "order_info",
                                    "id",
                                    "100",
                                    "user_id",
                                    "7",
                                    "order_status",
                                    "1006",
                                    "operate_time",
                                    "2024-06-01 07:00:00")),
                    0);
            h.processElement(
                    snapshot(
                            change(
                                    ChangeType.insert,
                                    "order_refund_info",
                                    "id",
                                    "4",
                                    "order_id",
                                    "100",
                                    "sku_id",
                                    "5",
                                    "refund_num",
                                    "1",
                                    "create_time",
                                    "2024-06-01 06:00:00")),
                    0);
            h.processElement(
                    snapshot(
                            change(
                                    ChangeType.insert,
                                    "order_refund_info",
                                    "id",
                                    "5",
                                    "order_id",
                                    "99",
                                    "sku_id",
                                    "5",
                                    "refund_num",
                                    "1",
                                    "create_time",
                                    "2024-05-30 06:00:00")),
                    0);

            assertThat(h.extractOutputValues())
                    .extracting(r -> r.getTable() + ":" + r.getData().get("id"))
                    .containsExactly("refund_payment:1", "order_info:100", "order_refund_info:4");
            assertThat(h.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)).isNull();
        }
    }

    private static DbChange snapshot(DbChange change) {
        change.setType(ChangeType.bootstrap_insert);
        return change;
    }
}
