package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.dim.lookup.DimJoin;
import com.gmall.rtdw.jobs.dim.lookup.DimLookups;
import com.gmall.rtdw.jobs.runtime.FirstOfDay;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.LateFirsts;
import com.gmall.rtdw.jobs.runtime.QuietFlush;
import com.gmall.rtdw.jobs.runtime.Signed;
import com.gmall.rtdw.jobs.wiring.EventTime;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.time.Time;
import org.apache.flink.util.OutputTag;

/**
 * The common shape of a DWS job (docs/jobs.md; the reference's defects fixed, docs/defects.md): DWD
 * topics decoded (bad messages to the dead letters), event time per partition with a {@link
 * QuietFlush}, tumbling windows with allowed lateness whose late records go to the dead letters and
 * a counter (never silently away), and the rows into ClickHouse, all on {@link JobWiring}. Every
 * operator gets a name and a stable uid from the names given here.
 */
public final class DwsPipeline {
    private final JobWiring wiring;
    private final GmallConfig config;
    private final String job;
    private final DwsSettings settings;

    /** The topics read, where a dead letter of a record derived from them came from. */
    private final List<String> topics = new ArrayList<>();

    public DwsPipeline(JobWiring wiring) {
        this.wiring = wiring;
        this.config = wiring.config();
        this.job = wiring.job();
        this.settings = DwsSettings.from(config);
    }

    public DwsSettings settings() {
        return settings;
    }

    public GmallConfig config() {
        return config;
    }

    /**
     * The decoded records of a DWD topic with timestamps and watermarks ({@link
     * JobWiring#readOnEventTime}): a quiet input closes the newest record's window after {@code
     * dws.quiet-flush-ms} ({@link QuietFlush}).
     */
    public <T> SingleOutputStreamOperator<T> read(
            TopicSpec<T> topic,
            Duration outOfOrderness,
            SerializableTimestampAssigner<T> timestamps) {
        return read(
                topic,
                outOfOrderness,
                timestamps,
                QuietFlush.Target.endOfWindow(settings.windowMs()));
    }

    /**
     * As {@link #read(TopicSpec, Duration, SerializableTimestampAssigner)}, with the watermark of a
     * quiet input moved to {@code whenQuiet} (for a job that decides something some time after a
     * record, like a bounce).
     */
    public <T> SingleOutputStreamOperator<T> read(
            TopicSpec<T> topic,
            Duration outOfOrderness,
            SerializableTimestampAssigner<T> timestamps,
            QuietFlush.Target whenQuiet) {
        topics.add(topic.name());
        return wiring.readOnEventTime(
                topic,
                new EventTime<>(timestamps, outOfOrderness, settings.quietFlushMs(), whenQuiet));
    }

    /** One row per window over the whole stream, summed with {@code sum}. */
    public <T> SingleOutputStreamOperator<T> windowAll(
            DataStream<T> in, String name, ReduceFunction<T> sum, WindowStamp<T> stamp) {
        OutputTag<T> late = lateTag(in.getType());
        SingleOutputStreamOperator<T> out =
                in.windowAll(TumblingEventTimeWindows.of(Time.milliseconds(settings.windowMs())))
                        .allowedLateness(Time.milliseconds(settings.allowedLatenessMs()))
                        .sideOutputLateData(late)
                        .reduce(sum, new StampedWindows.All<>(stamp), in.getType())
                        .name(name + " window")
                        .uid(name + "-window");
        lateToDeadLetters(out.getSideOutput(late), name);
        return out;
    }

    /** One row per window and key, summed with {@code sum}. */
    public <T, K> SingleOutputStreamOperator<T> window(
            KeyedStream<T, K> in, String name, ReduceFunction<T> sum, WindowStamp<T> stamp) {
        OutputTag<T> late = lateTag(in.getType());
        SingleOutputStreamOperator<T> out =
                in.window(TumblingEventTimeWindows.of(Time.milliseconds(settings.windowMs())))
                        .allowedLateness(Time.milliseconds(settings.allowedLatenessMs()))
                        .sideOutputLateData(late)
                        .reduce(sum, new StampedWindows.Keyed<>(stamp), in.getType())
                        .name(name + " window")
                        .uid(name + "-window");
        lateToDeadLetters(out.getSideOutput(late), name);
        return out;
    }

    /**
     * One row per window and key, from an aggregate (for measures a reduce cannot hold, like
     * distinct orders).
     */
    public <T, A, R, K> SingleOutputStreamOperator<R> aggregate(
            KeyedStream<T, K> in,
            String name,
            AggregateFunction<T, A, R> aggregate,
            TypeInformation<A> accumulatorType,
            TypeInformation<R> resultType,
            WindowStamp<R> stamp) {
        OutputTag<T> late = lateTag(in.getType());
        SingleOutputStreamOperator<R> out =
                in.window(TumblingEventTimeWindows.of(Time.milliseconds(settings.windowMs())))
                        .allowedLateness(Time.milliseconds(settings.allowedLatenessMs()))
                        .sideOutputLateData(late)
                        .aggregate(
                                aggregate,
                                new StampedWindows.Keyed<>(stamp),
                                accumulatorType,
                                resultType,
                                resultType)
                        .name(name + " window")
                        .uid(name + "-window");
        lateToDeadLetters(out.getSideOutput(late), name);
        return out;
    }

    /**
     * Each key's first record of each day as signed contributions to the job's windows ({@link
     * FirstOfDay}: an earlier record arriving after a later one was counted moves the count); a
     * record that would have been the day's first but came after its window closed for good becomes
     * a dead letter.
     */
    public <T, K> SingleOutputStreamOperator<Signed<T>> firstOfDay(
            KeyedStream<T, K> in, String name, String uid) {
        FirstOfDay<K, T> firsts =
                new FirstOfDay<>(
                        config.timeZone(),
                        settings.windowMs(),
                        settings.allowedLatenessMs(),
                        in.getType());
        SingleOutputStreamOperator<Signed<T>> out = firsts.apply(in, name, uid);
        deadLetters(
                out.getSideOutput(firsts.lateRecords())
                        .map(
                                new LateFirsts<T>(
                                        job,
                                        String.join(",", topics),
                                        "late: it would have been its key's first of the day, but its window closed "
                                                + "more than "
                                                + settings.allowedLatenessMs() / 1000
                                                + " s of event time ago "
                                                + "(dws.allowed-lateness-seconds); the day's count stays with the next record"))
                        .returns(TypeInformation.of(KafkaRecord.class))
                        .name(name + " late records")
                        .uid(uid + "-late-records"));
        return out;
    }

    /** Rows into their ClickHouse table ({@link JobWiring#write(DataStream, TableSpec)}). */
    public <T> void write(DataStream<T> rows, TableSpec<T> table) {
        wiring.write(rows, table);
    }

    /**
     * A dim lookup ({@link DimLookups#enrich}); records whose lookup timed out under the
     * side-output policy become dead letters.
     */
    public <T> SingleOutputStreamOperator<T> lookup(
            DataStream<T> in, String name, String table, String keyColumn, DimJoin<T> join) {
        DimLookups.Enriched<T> enriched =
                DimLookups.enrich(
                        in,
                        name,
                        table,
                        keyColumn,
                        join,
                        DimLookups.Options.from(config),
                        wiring.connectors().dimLookups());
        deadLetters(
                enriched.stream()
                        .getSideOutput(enriched.timedOut())
                        .map(LateRecords.<T>lookupTimedOut(job, name))
                        .returns(TypeInformation.of(KafkaRecord.class))
                        .name("lookup " + name + " timed out")
                        .uid("lookup-" + name + "-timed-out"));
        return enriched.stream();
    }

    /** More dead letters of the job (say, from a lookup or a history query). */
    public void deadLetters(DataStream<KafkaRecord> records) {
        wiring.deadLetters(records);
    }

    /** The shop's order and payment history. */
    public UserHistory.Factory userHistory() {
        return wiring.connectors().userHistory();
    }

    private static <T> OutputTag<T> lateTag(TypeInformation<T> type) {
        return new OutputTag<>("late", type);
    }

    private <T> void lateToDeadLetters(DataStream<T> late, String name) {
        deadLetters(
                late.map(LateRecords.<T>late(job, settings.allowedLatenessMs()))
                        .returns(TypeInformation.of(KafkaRecord.class))
                        .name(name + " late records")
                        .uid(name + "-late-records"));
    }
}
