package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.QuietFlush;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.serde.dwd.PageLogSerde;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * User jumps (docs/jobs.md): the bounced pages of {@code dwd_traffic_page_log} to {@code
 * dwd_traffic_user_jump_detail}. A message that does not decode is a dead letter, not the end of
 * the job (defect J1); pages behind the watermark are dead letters too, as CEP cannot place them.
 */
public final class DwdTrafficUserJumpDetail implements GmallJob {
    /**
     * CEP takes no late pages (they become dead letters), and the log path reorders pages by
     * seconds: Flume sends its batches to one partition at a time and BaseLogApp's checkpointed
     * output interleaves them, so the reference's 2 s lost a third of the bounces in the end-to-end
     * test. Bounces come out this much later.
     */
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTrafficUserJumpDetail(), args);
    }

    @Override
    public String name() {
        return "DwdTrafficUserJumpDetail";
    }

    @Override
    public void build(JobWiring wiring) {
        DataStream<PageLog> pages =
                TrafficPages.read(
                        wiring,
                        OUT_OF_ORDERNESS,
                        QuietFlush.Target.after(Bounces.WITHIN.toMillis()));
        SingleOutputStreamOperator<PageLog> bounces =
                Bounces.of(pages).name("bounces (cep)").uid("bounces-cep");
        wiring.write(
                bounces.union(bounces.getSideOutput(Bounces.TIMED_OUT)),
                Topics.DWD_TRAFFIC_USER_JUMP_DETAIL);

        String job = name();
        wiring.deadLetters(
                bounces.getSideOutput(Bounces.LATE)
                        .map(
                                p ->
                                        DeadLetters.of(
                                                job,
                                                "page behind the watermark: CEP cannot order it",
                                                Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                                -1,
                                                -1,
                                                PageLogSerde.INSTANCE.encode(p)))
                        .returns(TypeInformation.of(KafkaRecord.class))
                        .name("late pages")
                        .uid("late-pages"));
    }
}
