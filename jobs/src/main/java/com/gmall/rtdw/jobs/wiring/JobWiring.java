package com.gmall.rtdw.jobs.wiring;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.jobs.runtime.Decoding;
import com.gmall.rtdw.jobs.runtime.DecodingDeserializer;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.runtime.KafkaSources;
import com.gmall.rtdw.jobs.runtime.KafkaTimeWatermarks;
import com.gmall.rtdw.jobs.runtime.QuietFlush;
import com.gmall.rtdw.jobs.runtime.SourceBytes;
import com.gmall.rtdw.jobs.runtime.SplitFailures;
import com.gmall.rtdw.jobs.runtime.WatermarkFlushingSink;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.ConfigOption;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.ververica.cdc.debezium.DebeziumDeserializationSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * How every job is wired: it declares what it reads and writes here, and this decides the
 * operators' names and uids ({@link OperatorNames}), the consumer groups, the watermarks and the
 * dead letters. Every input's bad messages, and whatever else a job hands to {@link #deadLetters},
 * go to the job's one dead-letter topic. The servers are injected ({@link Connectors}), so the same
 * job runs on Kafka and ClickHouse or on bounded inputs in a test.
 */
public final class JobWiring {
    /**
     * Partitions without records this long stop holding the others back (G8). Long, because a
     * partition marked idle that wakes up can find the others past its records: they are then late.
     */
    static final Duration IDLENESS = Duration.ofMinutes(5);

    private final StreamExecutionEnvironment env;
    private final GmallConfig config;
    private final String job;
    private final Connectors connectors;
    private final OperatorNames names;
    private final List<DataStream<KafkaRecord>> deadLetters = new ArrayList<>();

    private JobWiring(
            StreamExecutionEnvironment env, GmallConfig config, String job, Connectors connectors) {
        this.env = env;
        this.config = config;
        this.job = job;
        this.connectors = connectors;
        this.names = new OperatorNames(job);
    }

    /** Adds {@code job} to {@code env}: its own operators, then its dead-letter sink. */
    public static void build(
            GmallJob job, StreamExecutionEnvironment env, GmallConfig config, Connectors connectors)
            throws Exception {
        JobWiring wiring = new JobWiring(env, config, job.name(), connectors);
        job.build(wiring);
        wiring.finish();
    }

    public StreamExecutionEnvironment env() {
        return env;
    }

    public GmallConfig config() {
        return config;
    }

    public String job() {
        return job;
    }

    public Connectors connectors() {
        return connectors;
    }

    /**
     * Hands records between chained operators as they are. Flink copies each record it passes from
     * one chained operator to the next unless told otherwise, and for the Avro records every topic
     * carries that copy is a reflective deep copy: in BaseLogApp it took 40 % of all CPU samples
     * (docs/benchmarks.md). Only for a job whose functions never keep a record past their call (in
     * a field or heap state) and never change a record they did not make or receive alone.
     */
    public void passRecordsWithoutCopies() {
        env.getConfig().enableObjectReuse();
    }

    /** The decoded records of {@code topic}, without event time. */
    public <T> SingleOutputStreamOperator<T> read(TopicSpec<T> topic) {
        return decode(topic, WatermarkStrategy.noWatermarks());
    }

    /**
     * The decoded records of {@code topic} on their Kafka time, per partition {@code
     * outOfOrderness} out of order; a quiet partition read to its end follows the wall clock
     * ({@link KafkaTimeWatermarks}).
     */
    public <T> SingleOutputStreamOperator<T> readOnKafkaTime(
            TopicSpec<T> topic, Duration outOfOrderness) {
        return decode(
                topic,
                KafkaTimeWatermarks.strategy(config, outOfOrderness, connectors.partitionEnds()));
    }

    private <T> SingleOutputStreamOperator<T> decode(
            TopicSpec<T> topic, WatermarkStrategy<SourceBytes> watermarks) {
        SingleOutputStreamOperator<T> decoded =
                connectors
                        .topic(
                                env,
                                topic.name(),
                                names.group(),
                                KafkaSources.rawMessages(),
                                watermarks,
                                "kafka " + topic.name(),
                                names.source(topic.name()))
                        .process(new DecodeOrDeadLetter<>(topic.serde(), job))
                        .name("decode " + topic.name())
                        .uid(names.decoder(topic.name()));
        deadLettersOf(decoded);
        return decoded;
    }

    /**
     * The decoded records of {@code topic} on their own event time. Watermarks are made per
     * partition in the source (a partition read ahead of another does not make the other's records
     * late), partitions without records for {@link #IDLENESS} stop holding the others back (G8),
     * and a quiet input moves the watermark as {@code time} says ({@link QuietFlush}).
     */
    public <T> SingleOutputStreamOperator<T> readOnEventTime(
            TopicSpec<T> topic, EventTime<T> time) {
        SerializableTimestampAssigner<T> timestamps =
                time.timestamps(); // the lambda below goes to the cluster
        WatermarkStrategy<Decoding<T>> perPartition =
                WatermarkStrategy.<Decoding<T>>forBoundedOutOfOrderness(time.outOfOrderness())
                        // a message that does not decode has no event time: it neither moves nor
                        // holds the watermark
                        .withTimestampAssigner(
                                (d, kafkaTime) ->
                                        d.value == null
                                                ? Long.MIN_VALUE
                                                : timestamps.extractTimestamp(d.value, kafkaTime))
                        .withIdleness(IDLENESS);
        SingleOutputStreamOperator<T> decoded =
                connectors
                        .topic(
                                env,
                                topic.name(),
                                names.group(),
                                new DecodingDeserializer<>(topic.serde()),
                                perPartition,
                                "kafka " + topic.name(),
                                names.source(topic.name()))
                        .process(new SplitFailures<>(job, TypeInformation.of(topic.serde().type())))
                        .name("decode " + topic.name())
                        .uid(names.decoder(topic.name()));
        deadLettersOf(decoded);
        return decoded.transform(
                        "quiet flush " + topic.name(),
                        decoded.getType(),
                        new QuietFlush<T>(time.quietMs(), time.whenQuiet()))
                .uid(names.quietFlush(topic.name()));
    }

    /** The changes of {@code tables} in {@code database} ({@code source} names the operator). */
    public <T> SingleOutputStreamOperator<T> readBinlog(
            ConfigOption<String> serverId,
            String database,
            String tables,
            Properties debezium,
            DebeziumDeserializationSchema<T> schema,
            String source) {
        return connectors.binlog(
                env,
                serverId,
                database,
                tables,
                debezium,
                schema,
                "mysql-cdc " + source,
                names.binlog(source));
    }

    /** Into {@code topic}, exactly once. */
    public <T> void write(DataStream<T> records, TopicSpec<T> topic) {
        records.addSink(connectors.topicSink(topic))
                .name("kafka " + topic.name())
                .uid(names.sink(topic.name()));
    }

    /**
     * Already-encoded records, each into its own topic ({@code topic} when it names none), exactly
     * once.
     */
    public void writeRecords(DataStream<KafkaRecord> records, String topic) {
        records.addSink(connectors.recordSink(topic)).name("kafka " + topic).uid(names.sink(topic));
    }

    /** Rows into their ClickHouse table; a row its writer cannot encode becomes a dead letter. */
    public <T> void write(DataStream<T> rows, TableSpec<T> table) {
        SingleOutputStreamOperator<T> writable =
                rows.process(new WritableRows<>(job, table.writer()), rows.getType())
                        .name("writable " + table.name())
                        .uid("writable-" + table.name());
        deadLetters(writable.getSideOutput(WritableRows.REFUSED));
        // an operator of its own, not addSink: the sink writes a fired window's rows when its
        // watermark passes
        writable.transform(
                        "clickhouse " + table.name(),
                        TypeInformation.of(Object.class),
                        new WatermarkFlushingSink<>(connectors.tableSink(table)))
                .uid("clickhouse-" + table.name());
    }

    /** More dead letters of the job. */
    public void deadLetters(DataStream<KafkaRecord> records) {
        deadLetters.add(records);
    }

    /** The dead letters {@code operator} sends to {@link DecodeOrDeadLetter#DEAD_LETTERS}. */
    public void deadLettersOf(SingleOutputStreamOperator<?> operator) {
        deadLetters(operator.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS));
    }

    /** The dead-letter sink, when the job has dead letters. */
    private void finish() {
        if (deadLetters.isEmpty()) {
            return;
        }
        DataStream<KafkaRecord> all = deadLetters.get(0);
        for (DataStream<KafkaRecord> more : deadLetters.subList(1, deadLetters.size())) {
            all = all.union(more);
        }
        all.addSink(connectors.recordSink(DeadLetters.topic(job)))
                .name("kafka " + DeadLetters.topic(job))
                .uid(names.deadLetters());
    }
}
