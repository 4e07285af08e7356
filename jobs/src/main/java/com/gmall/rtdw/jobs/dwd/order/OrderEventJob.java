package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.DictionaryFacts;
import com.gmall.rtdw.jobs.dwd.db.FactRule;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * A job that emits each detail of an order again for an event of the order (its cancellation, its
 * payment): the details from {@code dwd_trade_order_detail} (each once, P3), the events from
 * topic_db by a {@link FactRule}, put together by {@link LinesOnOrderEvent}. Event time on both
 * inputs is their records' Kafka time, with watermarks per partition (2 s out of order; a quiet
 * partition follows the wall clock, never marked idle: KafkaTimeWatermarks, G8).
 *
 * @param <O> the DWD record
 */
abstract class OrderEventJob<O> implements GmallJob {
    private static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    private final String name;
    private final TopicSpec<O> output;
    private final FactRule<OrderEvent> events;
    private final LinesOnOrderEvent.Combine<TradeOrderDetail, O> combine;

    OrderEventJob(
            String name,
            TopicSpec<O> output,
            FactRule<OrderEvent> events,
            LinesOnOrderEvent.Combine<TradeOrderDetail, O> combine) {
        this.name = name;
        this.output = output;
        this.events = events;
        this.combine = combine;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        SingleOutputStreamOperator<TradeOrderDetail> details =
                wiring.readOnKafkaTime(Topics.DWD_TRADE_ORDER_DETAIL, OUT_OF_ORDERNESS);
        SingleOutputStreamOperator<DbChange> changes =
                wiring.readOnKafkaTime(Topics.TOPIC_DB, OUT_OF_ORDERNESS);
        // the facts of the event table, with base_dic names (used by the payment type; harmless
        // elsewhere)
        SingleOutputStreamOperator<OrderEvent> orderEvents =
                changes.connect(
                                changes.filter(Dictionary::isChange)
                                        .name("base_dic changes")
                                        .uid("base-dic-changes")
                                        .broadcast(Dictionary.STATE))
                        .process(
                                new DictionaryFacts<>(
                                        events,
                                        config.timeZone(),
                                        SnapshotFacts.of(config),
                                        name,
                                        wiring.connectors().dictionary()))
                        .returns(TypeInformation.of(OrderEvent.class))
                        .name("order events of " + events.table())
                        .uid("order-events");
        wiring.deadLettersOf(orderEvents);
        SingleOutputStreamOperator<O> out =
                details.keyBy(TradeOrderDetail::getOrderId)
                        .connect(orderEvents.keyBy(e -> e.orderId))
                        .process(
                                new LinesOnOrderEvent<>(
                                        TypeInformation.of(TradeOrderDetail.class),
                                        TradeOrderDetail::getId,
                                        combine,
                                        null, // most orders are neither cancelled nor paid
                                        withoutDetails(name, events.table())))
                        .returns(TypeInformation.of(output.type()))
                        .name("details on order events")
                        .uid("details-on-order-events");
        wiring.write(out, output);
        wiring.deadLettersOf(out);
    }

    /**
     * An order's event whose details the job did not see: the order was placed longer ago than the
     * details are kept, or before the period of OdsDbApp's snapshot.
     */
    private static LinesOnOrderEvent.EventWithoutLines withoutDetails(String job, String table) {
        return event ->
                DeadLetters.of(
                        job,
                        "an order event from "
                                + table
                                + " for an order whose details this job did not see within "
                                + LinesOnOrderEvent.RETENTION_MS / 60_000
                                + " min of event time (placed earlier, or before the snapshot's"
                                + " period): no lines emitted",
                        Topics.TOPIC_DB.name(),
                        -1,
                        -1,
                        ("{\"order_id\":"
                                        + event.orderId
                                        + ",\"at\":\""
                                        + Instant.ofEpochMilli(event.at)
                                        + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
    }
}
