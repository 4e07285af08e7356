package com.gmall.rtdw.jobs.dwd.log;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * DWD for the app logs (docs/jobs.md): {@code topic_log} split into the page, start, display,
 * action and error topics, typed, with the new-visitor flag repaired per device, every record keyed
 * by its device id. Logs that do not decode or cannot be split are dead letters in {@code
 * dlq_base_log_app}.
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
    public void build(JobWiring wiring) {
        GmallConfig config = wiring.config();
        // every function below makes new records or changes one it alone received (the is_new
        // repair, after the shuffle), and none keeps a record past its call
        wiring.passRecordsWithoutCopies();
        SingleOutputStreamOperator<AppLog> decoded = wiring.read(Topics.TOPIC_LOG);
        SingleOutputStreamOperator<AppLog> checked =
                decoded.process(new AppLogCheck(name()))
                        .name("check app logs")
                        .uid("check-app-logs");
        SingleOutputStreamOperator<PageLog> pages =
                checked.keyBy(log -> log.getCommon().getMid())
                        .process(new NewVisitorRepair(config.timeZone()))
                        .name("repair is_new")
                        .uid("repair-is-new")
                        .process(new LogSplitter())
                        .name("split logs")
                        .uid("split-logs");

        wiring.write(pages, Topics.DWD_TRAFFIC_PAGE_LOG);
        wiring.write(pages.getSideOutput(LogSplitter.STARTS), Topics.DWD_TRAFFIC_START_LOG);
        wiring.write(pages.getSideOutput(LogSplitter.DISPLAYS), Topics.DWD_TRAFFIC_DISPLAY_LOG);
        wiring.write(pages.getSideOutput(LogSplitter.ACTIONS), Topics.DWD_TRAFFIC_ACTION_LOG);
        wiring.write(pages.getSideOutput(LogSplitter.ERRORS), Topics.DWD_TRAFFIC_ERROR_LOG);
        wiring.deadLettersOf(checked);
    }
}
