package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.KafkaSinks;
import com.gmall.rtdw.jobs.runtime.QuietFlush;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.serde.dwd.PageLogSerde;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * User jumps (docs/jobs.md): the bounced pages of {@code dwd_traffic_page_log} to {@code dwd_traffic_user_jump_detail}.
 * A message that does not decode is a dead letter, not the end of the job (defect J1); pages behind the watermark
 * are dead letters too, as CEP cannot place them.
 */
public final class DwdTrafficUserJumpDetail implements GmallJob {
    /**
     * CEP takes no late pages (they become dead letters), and the log path reorders pages by seconds: Flume sends
     * its batches to one partition at a time and BaseLogApp's checkpointed output interleaves them, so the
     * reference's 2 s lost a third of the bounces in the end-to-end test. Bounces come out this much later.
     */
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(10);
    /** Long: a partition marked idle that wakes up can find the others past its pages. */
    static final Duration IDLENESS = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTrafficUserJumpDetail(), args);
    }

    @Override
    public String name() {
        return "DwdTrafficUserJumpDetail";
    }

    @Override
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        TrafficPages.Pages pages = TrafficPages.read(env, config, name(), "dwd_traffic_uj", OUT_OF_ORDERNESS,
                IDLENESS, QuietFlush.Target.after(Bounces.WITHIN.toMillis()));
        SingleOutputStreamOperator<PageLog> bounces = Bounces.of(pages.timed())
                .name("bounces (cep)").uid("bounces-cep");
        bounces.union(bounces.getSideOutput(Bounces.TIMED_OUT))
                .addSink(KafkaSinks.exactlyOnce(config, Topics.DWD_TRAFFIC_USER_JUMP_DETAIL))
                .name("kafka dwd_traffic_user_jump_detail").uid("kafka-dwd-traffic-user-jump-detail");

        String job = name();
        DataStream<KafkaRecord> late = bounces.getSideOutput(Bounces.LATE)
                .map(p -> DeadLetters.of(job, "page behind the watermark: CEP cannot order it",
                        Topics.DWD_TRAFFIC_PAGE_LOG.name(), -1, -1, PageLogSerde.INSTANCE.encode(p)))
                .returns(TypeInformation.of(KafkaRecord.class))
                .name("late pages").uid("late-pages");
        pages.decoded().getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS).union(late)
                .addSink(KafkaSinks.exactlyOnce(config, DeadLetters.topic(name())))
                .name("kafka " + DeadLetters.topic(name())).uid("kafka-dead-letters");
    }
}
