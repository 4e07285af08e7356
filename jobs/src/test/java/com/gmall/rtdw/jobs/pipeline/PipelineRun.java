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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A job run end to end without servers, as it is wired in production ({@link JobWiring}) but on
 * {@link BoundedConnectors}: the test gives each topic's messages (encoded with the topic's serde,
 * or as raw bytes), the dimension rows and history the job looks up, runs the job in a MiniCluster
 * until its inputs end, and reads what it wrote to each topic, table and its dead-letter topic.
 */
final class PipelineRun {
    /**
     * Kafka time of the first message of a topic, unless given; each next message is a millisecond
     * later.
     */
    static final Instant KAFKA_TIME = Instant.parse("2024-06-01T04:00:00Z");

    private final GmallJob job;
    private final Map<String, List<TopicMessage>> topics = new HashMap<>();
    private final Map<String, BoundedBinlog.Events> binlogs = new HashMap<>();

    /** By topic: how long its next message waits. */
    private final Map<String, Long> pauses = new HashMap<>();

    private final InMemoryServers servers = new InMemoryServers();
    private GmallConfig config =
            GmallConfig.load(
                    Path.of(System.getProperty("gmall.root", ".."))
                            .resolve("conf/local.properties"));
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
            add(
                    topic.name(),
                    topic.serde().defaultKey(record),
                    topic.serde().encode(record),
                    kafkaTime);
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

    /** The binlog of {@code database}. */
    PipelineRun binlog(String database, BoundedBinlog.Events events) {
        binlogs.put(database, events);
        return this;
    }

    /** Dimension rows, lookup history, base_dic and table_process as the job finds them. */
    InMemoryServers servers() {
        return servers;
    }

    /**
     * The input of {@code topic} is quiet for {@code wallTime} before its next message, as the shop
     * is between two of its transactions: meanwhile the job's watermarks, emitted periodically
     * (every 200 ms), catch up with what was sent so far, and its timers up to them fire before the
     * next message comes. (Each topic is read by one source whose records are spread round robin
     * over the job's parallel watermark generators: for all of them to catch up, the messages
     * before the pause should end with one of the latest time per generator, say clock changes.)
     * Without pauses, the bounded inputs are read faster than watermarks are emitted, and event
     * time mostly moves only when they end.
     */
    PipelineRun pause(TopicSpec<?> topic, Duration wallTime) {
        return pause(topic.name(), wallTime);
    }

    /** As above, for a topic named by itself. */
    PipelineRun pause(String topic, Duration wallTime) {
        pauses.merge(topic, wallTime.toMillis(), Long::sum);
        return this;
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
        long offset = messages.size();
        long time =
                kafkaTime != null ? kafkaTime.toEpochMilli() : KAFKA_TIME.toEpochMilli() + offset;
        Long pause = pauses.remove(topic);
        messages.add(new TopicMessage(0, offset, time, key, value, pause == null ? 0 : pause));
    }

    /** Runs the job until its inputs end, and what it wrote. */
    Outputs run() throws Exception {
        String run = job.name() + "-" + UUID.randomUUID();
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        JobWiring.build(job, env, config, new BoundedConnectors(run, topics, binlogs, servers));
        try {
            env.execute(job.name());
            return new Outputs(run, job.name());
        } catch (Exception e) {
            Collected.forget(run);
            throw e;
        }
    }

    /**
     * What a run wrote (kept until the test ends: the registry holds only finished runs' lists).
     */
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
            return this.<KafkaRecord>records(DeadLetters.topic(job)).stream()
                    .map(DeadLetter::of)
                    .toList();
        }

        <T> List<T> of(String sink) {
            return Collected.of(run, sink);
        }
    }
}
