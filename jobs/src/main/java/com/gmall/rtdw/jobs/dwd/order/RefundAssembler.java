package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.DictionaryLoader;
import com.gmall.rtdw.jobs.dwd.db.Row;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.dwd.TradeRefundDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Completed refunds, one per refunded order line, keyed by order id: a {@code refund_payment} row
 * that completed, with the order's user and province (from the order's change to "refunded", 1006)
 * and the {@code refund_num} of the refund request for the same order <em>and SKU</em> (defect R2:
 * the reference joined on the order only, a cross product when several SKUs of an order were
 * refunded), and the payment type's name (R1: the reference wrote the code). Whatever order the
 * three arrive in, a payment is emitted once all it needs is there.
 *
 * <p>State bound: an order's rows are kept for {@link #RETENTION_MS} of event time after its first
 * row, then a timer clears them; a payment still incomplete then is a dead letter.
 */
final class RefundAssembler
        extends KeyedBroadcastProcessFunction<Long, DbChange, DbChange, TradeRefundDetail> {
    private static final long serialVersionUID = 1L;
    static final long RETENTION_MS = 30 * 60_000;

    private final ZoneId zone;
    private final String jobName;
    private final DictionaryLoader dictionaryLoader;

    private transient ValueState<DbChange> order;
    private transient MapState<String, Long> refundNums;
    private transient MapState<String, DbChange> payments;
    private transient ValueState<Long> clearAt;
    private transient Map<String, String> dictionary;

    RefundAssembler(ZoneId zone, String jobName, DictionaryLoader dictionaryLoader) {
        this.zone = zone;
        this.jobName = jobName;
        this.dictionaryLoader = dictionaryLoader;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        order =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "refunded-order", TypeInformation.of(DbChange.class)));
        refundNums =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "refund-num-by-sku", Types.STRING, Types.LONG));
        payments =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "refund-payments",
                                        Types.STRING,
                                        TypeInformation.of(DbChange.class)));
        clearAt = getRuntimeContext().getState(new ValueStateDescriptor<>("clear-at", Types.LONG));
        dictionary = dictionaryLoader.load();
    }

    @Override
    public void processBroadcastElement(
            DbChange change, Context ctx, Collector<TradeRefundDetail> out) throws Exception {
        Dictionary.apply(change, ctx.getBroadcastState(Dictionary.STATE), dictionary);
    }

    @Override
    public void processElement(DbChange row, ReadOnlyContext ctx, Collector<TradeRefundDetail> out)
            throws Exception {
        if (clearAt.value() == null) {
            long from =
                    ctx.timestamp() != null
                            ? ctx.timestamp()
                            : ctx.timerService().currentWatermark();
            clearAt.update(from + RETENTION_MS);
            ctx.timerService().registerEventTimeTimer(from + RETENTION_MS);
        }
        Map<String, String> data = row.getData();
        switch (row.getTable()) {
            case "order_info" -> order.update(row);
            case "order_refund_info" ->
                    refundNums.put(data.get("sku_id"), Long.parseLong(data.get("refund_num")));
            default -> payments.put(data.get("id"), row);
        }
        DbChange refunded = order.value();
        if (refunded == null) {
            return;
        }
        List<String> emitted = new ArrayList<>();
        for (Map.Entry<String, DbChange> payment : payments.entries()) {
            Long refundNum = refundNums.get(payment.getValue().getData().get("sku_id"));
            if (refundNum != null) {
                try {
                    out.collect(detail(payment.getValue(), refunded, refundNum, ctx));
                } catch (Row.BadRow e) {
                    ctx.output(
                            DecodeOrDeadLetter.DEAD_LETTERS,
                            DeadLetters.of(
                                    jobName,
                                    "refund not emitted: " + e.getMessage(),
                                    "topic_db",
                                    -1,
                                    -1,
                                    DbChangeSerde.INSTANCE.encode(payment.getValue())));
                }
                emitted.add(payment.getKey());
            }
        }
        for (String id : emitted) {
            payments.remove(id);
        }
    }

    private TradeRefundDetail detail(
            DbChange paymentRow, DbChange orderRow, long refundNum, ReadOnlyContext ctx) {
        Row payment =
                new Row(
                        paymentRow,
                        zone,
                        code -> {
                            try {
                                return Dictionary.name(
                                        code, ctx.getBroadcastState(Dictionary.STATE), dictionary);
                            } catch (Exception e) {
                                throw new IllegalStateException(
                                        "cannot read the dictionary state", e);
                            }
                        });
        Row order = new Row(orderRow, zone);
        String type = payment.text("payment_type");
        return TradeRefundDetail.newBuilder()
                .setId(payment.requiredLong("id"))
                .setOutTradeNo(payment.text("out_trade_no"))
                .setOrderId(payment.requiredLong("order_id"))
                .setSkuId(payment.requiredLong("sku_id"))
                .setUserId(order.requiredLong("user_id"))
                .setProvinceId(order.optionalLong("province_id"))
                .setPaymentTypeCode(type)
                .setPaymentTypeName(payment.dictionaryName(type))
                .setTradeNo(payment.text("trade_no"))
                .setTotalAmount(payment.requiredDecimal("total_amount", 2))
                .setSubject(payment.text("subject"))
                .setRefundStatus(payment.text("refund_status"))
                .setRefundNum(refundNum)
                .setCreateTime(payment.optionalTime("create_time"))
                .setCallbackTime(payment.requiredTime("callback_time"))
                .build();
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TradeRefundDetail> out)
            throws Exception {
        for (DbChange payment : payments.values()) {
            ctx.output(
                    DecodeOrDeadLetter.DEAD_LETTERS,
                    DeadLetters.of(
                            jobName,
                            "refund payment without its order's "
                                    + "completion or its line's refund request within "
                                    + RETENTION_MS
                                    + " ms",
                            "topic_db",
                            -1,
                            -1,
                            DbChangeSerde.INSTANCE.encode(payment)));
        }
        order.clear();
        refundNums.clear();
        payments.clear();
        clearAt.clear();
    }
}
