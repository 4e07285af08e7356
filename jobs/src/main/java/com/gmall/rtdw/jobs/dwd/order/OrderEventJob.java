package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.DictionaryFacts;
import com.gmall.rtdw.jobs.dwd.db.DictionaryLoader;
import com.gmall.rtdw.jobs.dwd.db.FactRule;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.KafkaSinks;
import com.gmall.rtdw.jobs.runtime.KafkaSources;
import com.gmall.rtdw.jobs.runtime.KafkaTimeWatermarks;
import com.gmall.rtdw.jobs.runtime.SourceBytes;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A job that emits each detail of an order again for an event of the order (its cancellation, its payment): the
 * details from {@code dwd_trade_order_detail} (each once, P3), the events from topic_db by a {@link FactRule}, put
 * together by {@link LinesOnOrderEvent}. Event time on both inputs is their records' Kafka time, with watermarks
 * per partition (2 s out of order; a quiet partition follows the wall clock, never marked idle: KafkaTimeWatermarks,
 * G8).
 *
 * @param <O> the DWD record
 */
abstract class OrderEventJob<O> implements GmallJob {
    private static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    private final String name;
    private final TopicSpec<O> output;
    private final FactRule<OrderEvent> events;
    private final LinesOnOrderEvent.Combine<TradeOrderDetail, O> combine;

    OrderEventJob(String name, TopicSpec<O> output, FactRule<OrderEvent> events,
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
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        String group = DeadLetters.topic(name).substring("dlq_".length());
        SingleOutputStreamOperator<TradeOrderDetail> details = read(env, config,
                Topics.DWD_TRADE_ORDER_DETAIL.name(), group)
                .process(new DecodeOrDeadLetter<>(Topics.DWD_TRADE_ORDER_DETAIL.serde(), name))
                .name("decode dwd_trade_order_detail").uid("decode-dwd-trade-order-detail");
        SingleOutputStreamOperator<DbChange> changes = read(env, config, Topics.TOPIC_DB.name(), group)
                .process(new DecodeOrDeadLetter<>(Topics.TOPIC_DB.serde(), name))
                .name("decode topic_db").uid("decode-topic-db");
        // the facts of the event table, with base_dic names (used by the payment type; harmless elsewhere)
        SingleOutputStreamOperator<OrderEvent> orderEvents = changes
                .connect(changes.filter(Dictionary::isChange).name("base_dic changes").uid("base-dic-changes")
                        .broadcast(Dictionary.STATE))
                .process(new DictionaryFacts<>(events, config.timeZone(), SnapshotFacts.of(config), name,
                        DictionaryLoader.of(config)))
                .returns(TypeInformation.of(OrderEvent.class))
                .name("order events of " + events.table()).uid("order-events");
        SingleOutputStreamOperator<O> out = details.keyBy(TradeOrderDetail::getOrderId)
                .connect(orderEvents.keyBy(e -> e.orderId))
                .process(new LinesOnOrderEvent<>(TypeInformation.of(TradeOrderDetail.class), TradeOrderDetail::getId, combine))
                .returns(TypeInformation.of(output.type()))
                .name("details on order events").uid("details-on-order-events");
        out.addSink(KafkaSinks.exactlyOnce(config, output))
                .name("kafka " + output.name()).uid("kafka-" + output.name().replace('_', '-'));
        details.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)
                .union(changes.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS),
                        orderEvents.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                .addSink(KafkaSinks.exactlyOnce(config, DeadLetters.topic(name)))
                .name("kafka " + DeadLetters.topic(name)).uid("kafka-dead-letters");
    }

    private static SingleOutputStreamOperator<SourceBytes> read(StreamExecutionEnvironment env, GmallConfig config,
            String topic, String group) {
        return env
                .fromSource(KafkaSources.bytes(config, topic, group),
                        KafkaTimeWatermarks.strategy(config, OUT_OF_ORDERNESS),
                        "kafka " + topic)
                .uid("kafka-" + topic.replace('_', '-'));
    }
}
