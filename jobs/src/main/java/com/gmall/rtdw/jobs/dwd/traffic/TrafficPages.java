package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.jobs.runtime.Decoding;
import com.gmall.rtdw.jobs.runtime.DecodingDeserializer;
import com.gmall.rtdw.jobs.runtime.QuietFlush;
import com.gmall.rtdw.jobs.runtime.SplitFailures;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.KafkaSources;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import com.gmall.rtdw.runtime.config.GmallOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code dwd_traffic_page_log} for the traffic jobs: decoded in the source (bad messages to the dead letters, defect
 * J1: the reference parsed raw text for timestamps before filtering dirty data, so one non-JSON message killed the
 * job), timestamped by {@code ts} with watermarks per partition that tolerate {@code outOfOrderness} (a partition
 * read ahead of another does not make the other's pages late) and skip idle partitions (G8). When the pages stop
 * for {@code dws.quiet-flush-ms} plus three checkpoint intervals, the watermark moves to {@code whenQuiet}.
 * Watermarks are assigned after decoding, as the timestamp comes from the decoded record; when the pages stop
 * for {@code dws.quiet-flush-ms}, they move to {@code whenQuiet} so that pending timeouts fire.
 */
final class TrafficPages {
    private TrafficPages() {}

    /**
     * @param decoded the decoder, whose {@link DecodeOrDeadLetter#DEAD_LETTERS} side output holds the bad messages
     * @param timed the pages with timestamps and watermarks
     */
    record Pages(SingleOutputStreamOperator<PageLog> decoded, DataStream<PageLog> timed) {}

    static Pages read(StreamExecutionEnvironment env, GmallConfig config, String job, String groupId,
            Duration outOfOrderness, Duration idleness, QuietFlush.Target whenQuiet) {
        String topic = Topics.DWD_TRAFFIC_PAGE_LOG.name();
        KafkaSource<Decoding<PageLog>> source = KafkaSources.<Decoding<PageLog>>builder(config, topic, groupId)
                .setDeserializer(new DecodingDeserializer<>(Topics.DWD_TRAFFIC_PAGE_LOG.serde()))
                .build();
        WatermarkStrategy<Decoding<PageLog>> perPartition = WatermarkStrategy
                .<Decoding<PageLog>>forBoundedOutOfOrderness(outOfOrderness)
                // a message that does not decode has no event time: it neither moves nor holds the watermark
                .withTimestampAssigner((d, kafkaTime) -> d.value == null ? Long.MIN_VALUE : d.value.getTs().toEpochMilli())
                .withIdleness(idleness);
        SingleOutputStreamOperator<PageLog> decoded = env.fromSource(source, perPartition, "kafka " + topic)
                .uid("kafka-" + topic)
                .process(new SplitFailures<>(job, TypeInformation.of(PageLog.class)))
                .name("decode dwd_traffic_page_log").uid("decode-dwd-traffic-page-log");
        DataStream<PageLog> timed = decoded.transform("quiet flush", decoded.getType(),
                        // quiet for longer than the DWS inputs: CEP takes no late pages, and a stall upstream (a
                        // slow checkpoint holds back BaseLogApp's exactly-once output) must not look like the end
                        new QuietFlush<PageLog>(config.get(GmallOptions.DWS_QUIET_FLUSH_MS)
                                + 3L * config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS), whenQuiet))
                .uid("page-time");
        return new Pages(decoded, timed);
    }
}
