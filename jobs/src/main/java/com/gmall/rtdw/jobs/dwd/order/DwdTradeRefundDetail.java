package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.DictionaryLoader;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.KafkaSinks;
import com.gmall.rtdw.jobs.runtime.KafkaSources;
import com.gmall.rtdw.jobs.runtime.KafkaTimeWatermarks;
import com.gmall.rtdw.jobs.runtime.SourceBytes;
import com.gmall.rtdw.model.dwd.TradeRefundDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Completed refunds (docs/jobs.md): each completed {@code refund_payment} with its order's user and province, its
 * line's refund number and its payment type's name, to {@code dwd_trade_refund_detail} (R1, R2; see
 * {@link RefundAssembler}). Event time is topic_db's Kafka time with watermarks per partition (a quiet partition
 * follows the wall clock, never marked idle: KafkaTimeWatermarks, G8).
 */
public final class DwdTradeRefundDetail implements GmallJob {
    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTradeRefundDetail(), args);
    }

    @Override
    public String name() {
        return "DwdTradeRefundDetail";
    }

    @Override
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        SingleOutputStreamOperator<DbChange> changes = env
                .fromSource(KafkaSources.bytes(config, Topics.TOPIC_DB.name(), "dwd_trade_refund_detail"),
                        KafkaTimeWatermarks.strategy(config, Duration.ofSeconds(2)), "kafka " + Topics.TOPIC_DB.name())
                .uid("kafka-topic-db")
                .process(new DecodeOrDeadLetter<>(Topics.TOPIC_DB.serde(), name()))
                .name("decode topic_db").uid("decode-topic-db");
        SingleOutputStreamOperator<DbChange> rows = changes.process(new RefundRows(name(), config.timeZone(), SnapshotFacts.of(config)))
                .name("refund rows").uid("refund-rows");
        SingleOutputStreamOperator<TradeRefundDetail> refunds = rows.keyBy(RefundRows::orderId)
                .connect(changes.filter(Dictionary::isChange).name("base_dic changes").uid("base-dic-changes")
                        .broadcast(Dictionary.STATE))
                .process(new RefundAssembler(config.timeZone(), name(), DictionaryLoader.of(config)))
                .name("assemble refunds").uid("assemble-refunds");
        refunds.addSink(KafkaSinks.exactlyOnce(config, Topics.DWD_TRADE_REFUND_DETAIL))
                .name("kafka dwd_trade_refund_detail").uid("kafka-dwd-trade-refund-detail");
        changes.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)
                .union(rows.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS),
                        refunds.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                .addSink(KafkaSinks.exactlyOnce(config, DeadLetters.topic(name())))
                .name("kafka " + DeadLetters.topic(name())).uid("kafka-dead-letters");
    }
}
