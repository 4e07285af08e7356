package com.gmall.rtdw.jobs.pipeline;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A job run end to end without servers, as it is wired in production ({@link JobWiring}) but on
 * {@link BoundedConnectors}: the test gives each topic's messages (encoded with the topic's serde, or as raw bytes),
 * the dimension rows and history the job looks up, runs the job in a MiniCluster until its inputs end, and reads
 * what it wrote to each topic, table and its dead-letter topic.
 */
final class PipelineRun {
    /** Kafka time of the first message of a topic, unless given; each next message is a millisecond later. */
    static final Instant KAFKA_TIME = Instant.parse("2024-06-01T04:00:00Z");

    private final GmallJob job;
    private final Map<String, List<TopicMessage>> topics = new HashMap<>();
    private final Map<String, BoundedBinlog.Events> binlogs = new HashMap<>();
    private final InMemoryServers servers = new InMemoryServers();
    private GmallConfig config = GmallConfig.load(
            Path.of(System.getProperty("gmall.root", "..")).resolve("conf/local.properties"));
    private int parallelism = 2;

    private PipelineRun(GmallJob job) {
        this.job = job;
    }

    static PipelineRun of(GmallJob job) {
        return new PipelineRun(job);
    }

    /** Records into {@code topic}, as the job that writes it would encode them. */
    @SafeVarargs
    final <T> PipelineRun input(TopicSpec<T> topic, T... records) {
        for (T record : records) {
            add(topic.name(), topic.serde().defaultKey(record), topic.serde().encode(record), null);
        }
        return this;
    }

    /** Records into {@code topic} sent at {@code kafkaTime}. */
    @SafeVarargs
    final <T> PipelineRun inputAt(Instant kafkaTime, TopicSpec<T> topic, T... records) {
        for (T record : records) {
            add(topic.name(), topic.serde().defaultKey(record), topic.serde().encode(record), kafkaTime);
        }
        return this;
    }

    /** Messages into {@code topic} as they are, say ones that are no record of the topic. */
    PipelineRun inputText(String topic, String... messages) {
        for (String message : messages) {
            add(topic, null, message.getBytes(StandardCharsets.UTF_8), null);
        }
        return this;
    }

    /**
     * Holds {@code topic}'s input for {@code millis} before its next message, so that periodic watermarks (every
     * 200 ms) pass what came before: the messages after it can be late.
     */
    PipelineRun pause(String topic, long millis) {
        topics.computeIfAbsent(topic, t -> new ArrayList<>()).add(TopicMessage.pause(millis));
        return this;
    }

    /** The binlog of {@code database}. */
    PipelineRun binlog(String database, BoundedBinlog.Events events) {
        binlogs.put(database, events);
        return this;
    }

    /** Dimension rows, lookup history, base_dic and table_process as the job finds them. */
    InMemoryServers servers() {
        return servers;
    }

    PipelineRun with(String key, String value) {
        config = config.with(key, value);
        return this;
    }

    PipelineRun parallelism(int parallelism) {
        this.parallelism = parallelism;
        return this;
    }

    private void add(String topic, byte[] key, byte[] value, Instant kafkaTime) {
        List<TopicMessage> messages = topics.computeIfAbsent(topic, t -> new ArrayList<>());
        long offset = messages.stream().filter(m -> !m.isPause()).count();
        long time = kafkaTime != null ? kafkaTime.toEpochMilli() : KAFKA_TIME.toEpochMilli() + offset;
        messages.add(new TopicMessage(0, offset, time, key, value));
    }

    /** Runs the job until its inputs end, and what it wrote. */
    Outputs run() throws Exception {
        String run = job.name() + "-" + UUID.randomUUID();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        JobWiring.build(job, env, config, new BoundedConnectors(run, topics, binlogs, servers));
        try {
            env.execute(job.name());
            return new Outputs(run, job.name());
        } catch (Exception e) {
            Collected.forget(run);
            throw e;
        }
    }

    /** What a run wrote (kept until the test ends: the registry holds only finished runs' lists). */
    record Outputs(String run, String job) {
        <T> List<T> topic(TopicSpec<T> topic) {
            return Collected.of(run, topic.name());
        }

        <T> List<T> table(TableSpec<T> table) {
            return Collected.of(run, table.name());
        }

        List<KafkaRecord> records(String topic) {
            return Collected.of(run, topic);
        }

        List<DeadLetter> deadLetters() {
            return this.<KafkaRecord>records(DeadLetters.topic(job)).stream().map(DeadLetter::of).toList();
        }

        <T> List<T> of(String sink) {
            return Collected.of(run, sink);
        }
    }
}
