package com.gmall.rtdw.jobs.dwd.order;

import static com.gmall.rtdw.jobs.testing.DbChanges.change;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.testing.Harnesses;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each order detail once, complete, in event time (defects P1-P3). Times in ms from 0; grace 5 s,
 * give up at 60 s.
 */
class OrderDetailAssemblerTest {
    private KeyedBroadcastOperatorTestHarness<Long, DbChange, DbChange, TradeOrderDetail> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new OrderDetailAssembler(
                                ZoneId.of("Asia/Shanghai"),
                                "DwdTradeOrderDetail",
                                () -> new HashMap<>(Map.of("2401", "用户查询"))),
                        OrderRows::orderId,
                        Types.LONG,
                        Dictionary.STATE);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private static DbChange order(long id) {
        return change(
                ChangeType.insert,
                "order_info",
                "id",
                Long.toString(id),
                "user_id",
                "7",
                "province_id",
                "3");
    }

    private static DbChange detail(long id, long orderId) {
        return change(
                ChangeType.insert,
                "order_detail",
                "id",
                Long.toString(id),
                "order_id",
                Long.toString(orderId),
                "sku_id",
                "5",
                "sku_name",
                "phone",
                "sku_num",
                "2",
                "order_price",
                "100",
                "source_type",
                "2401",
                "split_total_amount",
                "190.5",
                "split_activity_amount",
                "9.5",
                "create_time",
                "2024-06-01 10:00:00");
    }

    @Test
    void everyDetailIsEmittedOnceWithItsActivityAndCouponWhateverTheirArrivalOrderP1P3()
            throws Exception {
        harness.processElement(
                change(
                        ChangeType.insert,
                        "order_detail_coupon",
                        "id",
                        "1",
                        "order_id",
                        "100",
                        "order_detail_id",
                        "11",
                        "coupon_id",
                        "44"),
                1000);
        harness.processElement(detail(11, 100), 1000);
        harness.processElement(detail(12, 100), 1200);
        harness.processElement(order(100), 1500);
        harness.processElement(
                change(
                        ChangeType.insert,
                        "order_detail_activity",
                        "id",
                        "1",
                        "order_id",
                        "100",
                        "order_detail_id",
                        "12",
                        "activity_id",
                        "8",
                        "activity_rule_id",
                        "9"),
                2000);
        // the last row (2000) came in before the watermark reached the first row's grace
        harness.watermark(1000 + OrderDetailAssembler.GRACE_MS - 1);
        assertThat(harness.extractOutputValues()).as("not before the grace ends").isEmpty();

        harness.watermark(1000 + OrderDetailAssembler.GRACE_MS);

        assertThat(harness.extractOutputValues())
                .extracting(
                        d ->
                                d.getId()
                                        + " act="
                                        + d.getActivityId()
                                        + "/"
                                        + d.getActivityRuleId()
                                        + " coupon="
                                        + d.getCouponId())
                .containsExactlyInAnyOrder("11 act=null/null coupon=44", "12 act=8/9 coupon=null");
        TradeOrderDetail first =
                harness.extractOutputValues().stream()
                        .filter(d -> d.getId() == 11)
                        .findFirst()
                        .orElseThrow();
        assertThat(first.getUserId()).isEqualTo(7L);
        assertThat(first.getProvinceId()).isEqualTo(3L);
        assertThat(first.getSourceTypeName()).isEqualTo("用户查询");
        assertThat(first.getSplitTotalAmount()).isEqualTo(new BigDecimal("190.50"));
        assertThat(first.getCreateTime()).isEqualTo(Instant.parse("2024-06-01T02:00:00Z"));
        assertThat(Harnesses.keyedStateEntries(harness)).as("the order's state is gone").isZero();
        assertThat(harness.numEventTimeTimers()).isZero();

        harness.watermark(200_000);
        assertThat(harness.extractOutputValues()).as("once").hasSize(2);
    }

    @Test
    void anOrderWaitsForItsDetailsThenGivesUpToTheDeadLettersAndForgetsIt() throws Exception {
        harness.processElement(order(200), 0);
        harness.watermark(30_000);
        harness.processElement(detail(21, 200), 31_000); // a slow partition: still in time
        harness.watermark(35_000);
        assertThat(harness.extractOutputValues())
                .extracting(TradeOrderDetail::getId)
                .containsExactly(21L);

        harness.processElement(order(300), 40_000); // no details ever
        harness.watermark(100_000);

        assertThat(harness.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(new String(r.getValue().value, StandardCharsets.UTF_8))
                                        .contains(
                                                "order without any order_detail row within 60000 ms"));
        assertThat(Harnesses.keyedStateEntries(harness)).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aRowArrivingAfterItsOrderWasEmittedIsADeadLetterNotASecondVersion() throws Exception {
        harness.processElement(order(400), 0);
        harness.processElement(detail(41, 400), 0);
        harness.watermark(5_000);
        harness.processElement(
                change(
                        ChangeType.insert,
                        "order_detail_activity",
                        "id",
                        "9",
                        "order_id",
                        "400",
                        "order_detail_id",
                        "41",
                        "activity_id",
                        "8",
                        "activity_rule_id",
                        "9"),
                6_000);
        harness.watermark(200_000);

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(harness.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(new String(r.getValue().value, StandardCharsets.UTF_8))
                                        .contains("order row without its order_info row"));
        assertThat(Harnesses.keyedStateEntries(harness)).isZero();
    }

    @Test
    void anOrderOfThePeriodReadByTheSnapshotComesTogetherAcrossTablesReadMinutesApart()
            throws Exception {
        OrderRows rows =
                new OrderRows(
                        "DwdTradeOrderDetail",
                        ZoneId.of("Asia/Shanghai"),
                        SnapshotFacts.parse(
                                "today",
                                ZoneId.of("Asia/Shanghai"))); // rows read at 2024-06-01 08:00 local
        DbChange detail = snapshot(detail(51, 500));
        DbChange header = snapshot(order(500));
        header.getData().put("create_time", "2024-06-01 07:59:00");
        DbChange history = snapshot(detail(61, 600));
        history.getData().put("create_time", "2024-05-31 23:00:00");
        try (var filter = ProcessFunctionTestHarnesses.forProcessFunction(rows)) {
            filter.processElement(detail, 0);
            filter.processElement(history, 0);
            filter.processElement(header, 0);
            assertThat(filter.extractOutputValues()).containsExactly(detail, header);
        }

        harness.processElement(detail, 0);
        harness.watermark(150_000); // the snapshot reads order_detail and the tables after it
        harness.processElement(header, 180_000);
        harness.watermark(185_000);

        assertThat(harness.extractOutputValues())
                .extracting(TradeOrderDetail::getId)
                .containsExactly(51L);
        assertThat(harness.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)).isNull();
        assertThat(Harnesses.keyedStateEntries(harness)).isZero();
    }

    private static DbChange snapshot(DbChange change) {
        change.setType(ChangeType.bootstrap_insert);
        return change;
    }
}
