package com.gmall.rtdw.jobs.dwd.log;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.serde.ods.AppLogSerde;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets through app logs that can be split: a start, a page or an error to report (the device id,
 * the key of every log topic, is required by the schema, so the decoder has checked it). Others
 * become dead letters with the reason (the reference crashed on a log without {@code page}, defect
 * B5).
 */
final class AppLogCheck extends ProcessFunction<AppLog, AppLog> {
    private static final long serialVersionUID = 1L;

    private final String jobName;

    AppLogCheck(String jobName) {
        this.jobName = jobName;
    }

    @Override
    public void processElement(AppLog log, Context ctx, Collector<AppLog> out) {
        if (log.getStart() != null || log.getPage() != null || log.getErr() != null) {
            out.collect(log);
        } else {
            ctx.output(
                    DecodeOrDeadLetter.DEAD_LETTERS,
                    DeadLetters.of(
                            jobName,
                            "app log not split: neither start, page nor err",
                            "topic_log",
                            -1,
                            -1,
                            AppLogSerde.INSTANCE.encode(log)));
        }
    }
}
