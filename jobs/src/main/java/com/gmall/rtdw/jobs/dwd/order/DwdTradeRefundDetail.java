package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Dictionary;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.TradeRefundDetail;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Completed refunds (docs/jobs.md): each completed {@code refund_payment} with its order's user and
 * province, its line's refund number and its payment type's name, to {@code
 * dwd_trade_refund_detail} (R1, R2; see {@link RefundAssembler}). Event time is topic_db's Kafka
 * time with watermarks per partition (a quiet partition follows the wall clock, never marked idle:
 * KafkaTimeWatermarks, G8).
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
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        SingleOutputStreamOperator<DbChange> changes =
                wiring.readOnKafkaTime(Topics.TOPIC_DB, Duration.ofSeconds(2));
        SingleOutputStreamOperator<DbChange> rows =
                changes.process(new RefundRows(name(), config.timeZone(), SnapshotFacts.of(config)))
                        .name("refund rows")
                        .uid("refund-rows");
        SingleOutputStreamOperator<TradeRefundDetail> refunds =
                rows.keyBy(RefundRows::orderId)
                        .connect(
                                changes.filter(Dictionary::isChange)
                                        .name("base_dic changes")
                                        .uid("base-dic-changes")
                                        .broadcast(Dictionary.STATE))
                        .process(
                                new RefundAssembler(
                                        config.timeZone(),
                                        name(),
                                        wiring.connectors().dictionary()))
                        .name("assemble refunds")
                        .uid("assemble-refunds");
        wiring.write(refunds, Topics.DWD_TRADE_REFUND_DETAIL);
        wiring.deadLettersOf(rows);
        wiring.deadLettersOf(refunds);
    }
}
