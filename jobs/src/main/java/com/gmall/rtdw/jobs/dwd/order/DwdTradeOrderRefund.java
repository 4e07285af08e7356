package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.DictionaryFacts;
import com.gmall.rtdw.jobs.dwd.db.FactRule;
import com.gmall.rtdw.jobs.dwd.db.NewRowFacts;
import com.gmall.rtdw.jobs.dwd.db.Row;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeOrderRefund;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Refund requests (docs/jobs.md): each new {@code order_refund_info} row, with the names of its
 * refund type and reason (base_dic, complete: G9) and its order's province from the order's change
 * to "refund in progress" (1005), to {@code dwd_trade_order_refund}. The two meet in {@link
 * LinesOnOrderEvent}, whichever comes first, within its retention (the reference's 5 s join lost
 * requests whose order change came later).
 */
public final class DwdTradeOrderRefund implements GmallJob {
    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTradeOrderRefund(), args);
    }

    @Override
    public String name() {
        return "DwdTradeOrderRefund";
    }

    @Override
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        String job = name();
        SingleOutputStreamOperator<DbChange> changes =
                wiring.readOnKafkaTime(Topics.TOPIC_DB, Duration.ofSeconds(2));
        BroadcastStream<DbChange> dictionary =
                changes.filter(Dictionary::isChange)
                        .name("base_dic changes")
                        .uid("base-dic-changes")
                        .broadcast(Dictionary.STATE);
        SingleOutputStreamOperator<TradeOrderRefund> requests =
                changes.connect(dictionary)
                        .process(
                                new DictionaryFacts<>(
                                        new Requests(),
                                        config.timeZone(),
                                        SnapshotFacts.of(config),
                                        name(),
                                        wiring.connectors().dictionary()))
                        .returns(TypeInformation.of(TradeOrderRefund.class))
                        .name("refund requests")
                        .uid("refund-requests");
        SingleOutputStreamOperator<OrderEvent> refunding =
                changes.connect(dictionary)
                        .process(
                                new DictionaryFacts<>(
                                        new OrdersRefunding(),
                                        config.timeZone(),
                                        SnapshotFacts.of(config),
                                        name(),
                                        wiring.connectors().dictionary()))
                        .returns(TypeInformation.of(OrderEvent.class))
                        .name("orders refunding")
                        .uid("orders-refunding");
        SingleOutputStreamOperator<TradeOrderRefund> out =
                requests.keyBy(TradeOrderRefund::getOrderId)
                        .connect(refunding.keyBy(e -> e.orderId))
                        .process(
                                new LinesOnOrderEvent<>(
                                        TypeInformation.of(TradeOrderRefund.class),
                                        TradeOrderRefund::getId,
                                        DwdTradeOrderRefund::withProvince,
                                        request ->
                                                DeadLetters.of(
                                                        job,
                                                        "refund request whose order "
                                                                + "did not change to refunding (1005) within "
                                                                + LinesOnOrderEvent.RETENTION_MS
                                                                        / 60_000
                                                                + " min of event time",
                                                        Topics.TOPIC_DB.name(),
                                                        -1,
                                                        -1,
                                                        Topics.DWD_TRADE_ORDER_REFUND
                                                                .serde()
                                                                .encode(request)),
                                        null))
                        .returns(TypeInformation.of(TradeOrderRefund.class))
                        .name("requests with their orders")
                        .uid("requests-with-orders");
        wiring.write(out, Topics.DWD_TRADE_ORDER_REFUND);
        wiring.deadLettersOf(requests);
        wiring.deadLettersOf(refunding);
        wiring.deadLettersOf(out);
    }

    static TradeOrderRefund withProvince(TradeOrderRefund request, OrderEvent refunding) {
        TradeOrderRefund copy = TradeOrderRefund.newBuilder(request).build();
        copy.setProvinceId(refunding.provinceId);
        return copy;
    }

    /** A new refund request, its codes named. */
    static final class Requests extends NewRowFacts<TradeOrderRefund> {
        private static final long serialVersionUID = 1L;

        Requests() {
            super("order_refund_info", "create_time");
        }

        @Override
        public TradeOrderRefund fact(Row row) {
            Instant created = row.requiredTime("create_time");
            String type = row.text("refund_type");
            String reason = row.text("refund_reason_type");
            return new TradeOrderRefund(
                    row.requiredLong("id"),
                    row.requiredLong("user_id"),
                    row.requiredLong("order_id"),
                    row.requiredLong("sku_id"),
                    null,
                    type,
                    row.dictionaryName(type),
                    row.requiredLong("refund_num"),
                    row.optionalDecimal("refund_amount", 2),
                    reason,
                    row.dictionaryName(reason),
                    row.text("refund_reason_txt"),
                    row.text("refund_status"),
                    created);
        }
    }

    /** An order's status changing to refund in progress (1005): where its province comes from. */
    static final class OrdersRefunding extends FactRule<OrderEvent> {
        private static final long serialVersionUID = 1L;

        OrdersRefunding() {
            super("order_info");
        }

        @Override
        public boolean matches(ChangeType type, Row row) {
            return row.changedTo("order_status", "1005");
        }

        /** An order refunding or refunded (1006 follows 1005) since the start of the period. */
        @Override
        public Instant snapshotFactTime(Row row) {
            String status = row.text("order_status");
            return "1005".equals(status) || "1006".equals(status)
                    ? row.optionalTime("operate_time")
                    : null;
        }

        @Override
        public OrderEvent fact(Row row) {
            OrderEvent event =
                    new OrderEvent(
                            row.requiredLong("id"),
                            row.requiredTime("operate_time").toEpochMilli(),
                            null,
                            null);
            event.provinceId = row.optionalLong("province_id");
            return event;
        }
    }
}
