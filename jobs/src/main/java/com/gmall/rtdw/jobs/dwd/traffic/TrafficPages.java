package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.jobs.runtime.QuietFlush;
import com.gmall.rtdw.jobs.wiring.EventTime;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * {@code dwd_traffic_page_log} for the traffic DWD jobs, on {@code ts} ({@link
 * JobWiring#readOnEventTime}: decoded in the source, bad messages to the dead letters, defect J1:
 * the reference parsed raw text for timestamps before filtering dirty data, so one non-JSON message
 * killed the job). When the pages stop for {@code dws.quiet-flush-ms} plus three checkpoint
 * intervals, the watermark moves to {@code whenQuiet} so that pending timeouts fire.
 */
final class TrafficPages {
    private TrafficPages() {}

    static DataStream<PageLog> read(
            JobWiring wiring, Duration outOfOrderness, QuietFlush.Target whenQuiet) {
        GmallConfig config = wiring.config();
        // quiet for longer than the DWS inputs: CEP takes no late pages, and a stall upstream (a
        // slow checkpoint
        // holds back BaseLogApp's exactly-once output) must not look like the end
        long quietMs =
                config.get(GmallOptions.DWS_QUIET_FLUSH_MS)
                        + 3L * config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS);
        return wiring.readOnEventTime(
                Topics.DWD_TRAFFIC_PAGE_LOG,
                new EventTime<>(
                        (page, kafkaTime) -> page.getTs().toEpochMilli(),
                        outOfOrderness,
                        quietMs,
                        whenQuiet));
    }
}
