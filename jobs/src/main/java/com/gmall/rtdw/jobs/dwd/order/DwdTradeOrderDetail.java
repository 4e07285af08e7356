package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Order details (docs/jobs.md; pre-processing and details in one job, no pre-process topic): each
 * detail of each new order once, with its order's user and province, its activity and coupon and
 * its source type's name, to {@code dwd_trade_order_detail}, keyed by order. Event time is the
 * topic_db records' Kafka time, with watermarks per partition (2 s out of order; a quiet partition
 * follows the wall clock, never marked idle: KafkaTimeWatermarks, G8); see {@link
 * OrderDetailAssembler}.
 */
public final class DwdTradeOrderDetail implements GmallJob {
    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTradeOrderDetail(), args);
    }

    @Override
    public String name() {
        return "DwdTradeOrderDetail";
    }

    @Override
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        SingleOutputStreamOperator<DbChange> changes =
                wiring.readOnKafkaTime(Topics.TOPIC_DB, Duration.ofSeconds(2));
        SingleOutputStreamOperator<DbChange> orderRows =
                changes.process(new OrderRows(name(), config.timeZone(), SnapshotFacts.of(config)))
                        .name("new order rows")
                        .uid("new-order-rows");
        BroadcastStream<DbChange> dictionary =
                changes.filter(Dictionary::isChange)
                        .name("base_dic changes")
                        .uid("base-dic-changes")
                        .broadcast(Dictionary.STATE);
        SingleOutputStreamOperator<TradeOrderDetail> details =
                orderRows
                        .keyBy(OrderRows::orderId)
                        .connect(dictionary)
                        .process(
                                new OrderDetailAssembler(
                                        config.timeZone(),
                                        name(),
                                        wiring.connectors().dictionary()))
                        .name("assemble orders")
                        .uid("assemble-orders");
        wiring.write(details, Topics.DWD_TRADE_ORDER_DETAIL);
        wiring.deadLettersOf(orderRows);
        wiring.deadLettersOf(details);
    }
}
