package com.gmall.rtdw.jobs.dwd.log;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.KafkaSinks;
import com.gmall.rtdw.jobs.runtime.KafkaSources;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * DWD for the app logs (docs/jobs.md): {@code topic_log} split into the page, start, display, action and error topics,
 * typed, with the new-visitor flag repaired per device, every record keyed by its device id. Logs that do not decode
 * or cannot be split are dead letters in {@code dlq_base_log_app}.
 */
public final class BaseLogApp implements GmallJob {
    /** Its consumer group on {@code topic_log}. */
    public static final String GROUP = "base_log_app";

    public static void main(String[] args) throws Exception {
        JobMain.run(new BaseLogApp(), args);
    }

    @Override
    public String name() {
        return "BaseLogApp";
    }

    @Override
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        SingleOutputStreamOperator<AppLog> decoded = env
                .fromSource(KafkaSources.bytes(config, Topics.TOPIC_LOG.name(), GROUP),
                        WatermarkStrategy.noWatermarks(), "kafka " + Topics.TOPIC_LOG.name())
                .uid("kafka-" + Topics.TOPIC_LOG.name())
                .process(new DecodeOrDeadLetter<>(Topics.TOPIC_LOG.serde(), name()))
                .name("decode topic_log").uid("decode-topic-log");
        SingleOutputStreamOperator<AppLog> checked = decoded.process(new AppLogCheck(name()))
                .name("check app logs").uid("check-app-logs");
        SingleOutputStreamOperator<PageLog> pages = checked
                .keyBy(log -> log.getCommon().getMid())
                .process(new NewVisitorRepair(config.timeZone()))
                .name("repair is_new").uid("repair-is-new")
                .process(new LogSplitter())
                .name("split logs").uid("split-logs");

        pages.addSink(KafkaSinks.exactlyOnce(config, Topics.DWD_TRAFFIC_PAGE_LOG))
                .name("kafka dwd_traffic_page_log").uid("kafka-dwd-traffic-page-log");
        pages.getSideOutput(LogSplitter.STARTS).addSink(KafkaSinks.exactlyOnce(config, Topics.DWD_TRAFFIC_START_LOG))
                .name("kafka dwd_traffic_start_log").uid("kafka-dwd-traffic-start-log");
        pages.getSideOutput(LogSplitter.DISPLAYS)
                .addSink(KafkaSinks.exactlyOnce(config, Topics.DWD_TRAFFIC_DISPLAY_LOG))
                .name("kafka dwd_traffic_display_log").uid("kafka-dwd-traffic-display-log");
        pages.getSideOutput(LogSplitter.ACTIONS).addSink(KafkaSinks.exactlyOnce(config, Topics.DWD_TRAFFIC_ACTION_LOG))
                .name("kafka dwd_traffic_action_log").uid("kafka-dwd-traffic-action-log");
        pages.getSideOutput(LogSplitter.ERRORS).addSink(KafkaSinks.exactlyOnce(config, Topics.DWD_TRAFFIC_ERROR_LOG))
                .name("kafka dwd_traffic_error_log").uid("kafka-dwd-traffic-error-log");

        DataStream<KafkaRecord> deadLetters = decoded.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)
                .union(checked.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS));
        deadLetters.addSink(KafkaSinks.exactlyOnce(config, DeadLetters.topic(name())))
                .name("kafka " + DeadLetters.topic(name())).uid("kafka-dead-letters");
    }
}
