package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.KafkaSources;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import com.gmall.rtdw.jobs.runtime.QuietFlushWatermarks;
import com.gmall.rtdw.runtime.config.GmallOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code dwd_traffic_page_log} for the traffic jobs: decoded (bad messages to the dead letters, defect J1: the
 * reference parsed raw text for timestamps before filtering dirty data, so one non-JSON message killed the job),
 * then timestamped by {@code ts} with watermarks that tolerate {@code outOfOrderness} and skip idle partitions (G8).
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
            Duration outOfOrderness, Duration idleness, QuietFlushWatermarks.QuietTarget whenQuiet) {
        SingleOutputStreamOperator<PageLog> decoded = env
                .fromSource(KafkaSources.bytes(config, Topics.DWD_TRAFFIC_PAGE_LOG.name(), groupId),
                        WatermarkStrategy.noWatermarks(), "kafka " + Topics.DWD_TRAFFIC_PAGE_LOG.name())
                .uid("kafka-" + Topics.DWD_TRAFFIC_PAGE_LOG.name())
                .process(new DecodeOrDeadLetter<>(Topics.DWD_TRAFFIC_PAGE_LOG.serde(), job))
                .name("decode dwd_traffic_page_log").uid("decode-dwd-traffic-page-log");
        DataStream<PageLog> timed = decoded
                .assignTimestampsAndWatermarks(QuietFlushWatermarks.<PageLog>strategy(outOfOrderness,
                        config.get(GmallOptions.DWS_QUIET_FLUSH_MS), whenQuiet, idleness,
                        (page, previous) -> page.getTs().toEpochMilli()))
                .name("page time").uid("page-time");
        return new Pages(decoded, timed);
    }
}
