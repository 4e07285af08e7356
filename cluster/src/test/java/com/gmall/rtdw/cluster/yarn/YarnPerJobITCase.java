package com.gmall.rtdw.cluster.yarn;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.cluster.testing.GmallCommand;
import com.gmall.rtdw.cluster.testing.MetricsPage;
import com.gmall.rtdw.cluster.testing.MiniHadoop;
import com.gmall.rtdw.cluster.testing.StackProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real per-job deployment, through the command line a user types: {@code bin/gmall submit
 * BaseLogApp} deploys to a mini YARN cluster (HADOOP_CONF_DIR; our Flink runtime jar and
 * conf/flink), the job reads the test stack's Kafka and checkpoints to mini HDFS; {@code bin/gmall
 * list} and {@code bin/gmall monitor --yarn-conf} find it; {@code bin/gmall cancel} stops it with a
 * savepoint on HDFS while app logs keep coming, and {@code bin/gmall submit --from-savepoint}
 * starts it again, and after its JobManager dies a new one resumes it from its latest checkpoint
 * (ZooKeeper HA): every page log arrives exactly once. A job with state is not started without it.
 */
class YarnPerJobITCase {
    private static final Duration WAIT = Duration.ofMinutes(4);

    /**
     * A submission or a stop with savepoint: a container to start, or a savepoint to write, on 2
     * busy cores.
     */
    private static final Duration DEPLOY = Duration.ofMinutes(5);

    /** A question to the ResourceManager or a JobManager. */
    private static final Duration CALL = Duration.ofMinutes(2);

    @TempDir static Path work;

    private static StackProcess stack;
    private static MiniHadoop hadoop;

    @BeforeAll
    static void start() throws Exception {
        stack = StackProcess.up();
        hadoop = MiniHadoop.start(work);
    }

    @AfterAll
    static void stop() throws Exception {
        if (hadoop != null) {
            hadoop.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void baseLogAppRunsOnYarnAndResumesFromASavepointExactlyOnce() throws Exception {
        Path root = Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();
        GmallCommand gmall =
                new GmallCommand(
                        root, work, Map.of("HADOOP_CONF_DIR", hadoop.siteDir().toString()));
        String conf = clusterConf().toString();
        String savepoints = hadoop.hdfs() + "/gmall/savepoints";

        send(0, 30);
        Submission first = Submission.of(gmall.run(DEPLOY, "submit", "BaseLogApp", "--conf", conf));
        waitForPages(30);

        assertThat(gmall.run(CALL, "list"))
                .contains(first.application() + "  gmall BaseLogApp")
                .containsPattern("job " + first.job() + "\\s+BaseLogApp\\s+RUNNING");
        // the monitor finds the application through the ResourceManager of HADOOP_CONF_DIR; the
        // pages above were
        // committed by a checkpoint, so one has completed
        String labels =
                "{cluster=\""
                        + first.application()
                        + "\",flink_job=\"BaseLogApp\",job_id=\""
                        + first.job()
                        + "\"";
        // Flink's REST API lists no operator metrics before its metric fetcher's first update
        // (the first request starts it): a scraper sees them from a later scrape on
        String[] metricsHolder = new String[1];
        waitUntil(
                () -> {
                    metricsHolder[0] =
                            gmall.run(CALL, "monitor", "--yarn-conf", "--no-local", "--once");
                    return metricsHolder[0].contains(
                            "gmall_flink_operator_backpressure_ratio" + labels);
                },
                "the monitor to export BaseLogApp's operator metrics");
        String metrics = metricsHolder[0];
        assertThat(metrics)
                .contains("gmall_monitor_cluster_up{cluster=\"" + first.application() + "\"} 1")
                .contains("gmall_flink_job_running" + labels + "} 1")
                .contains("gmall_flink_operator_backpressure_ratio" + labels);
        assertThat(
                        MetricsPage.value(
                                metrics, "gmall_flink_checkpoints_completed_total" + labels + "}"))
                .isGreaterThanOrEqualTo(1);

        // logs keep coming while the job stops and starts again
        send(30, 60);
        String cancelled = gmall.run(DEPLOY, "cancel", "BaseLogApp", "--savepoint", savepoints);
        Matcher savepoint = Pattern.compile("; savepoint (\\S+)").matcher(cancelled);
        assertThat(savepoint.find()).as(cancelled).isTrue();
        assertThat(savepoint.group(1)).startsWith(savepoints + "/BaseLogApp/");
        // the job has state now: starting it without is refused, naming what to resume from (HDFS
        // read by Flink)
        GmallCommand.Result stateless = gmall.attempt(CALL, "submit", "BaseLogApp", "--conf", conf);
        assertThat(stateless.exit()).as(stateless.err()).isEqualTo(2);
        assertThat(stateless.err())
                .contains("BaseLogApp has retained state")
                .contains("--fresh")
                .contains("--from-savepoint ")
                .contains(savepoint.group(1).substring(savepoint.group(1).lastIndexOf('/')));
        send(60, 90);
        Submission second =
                Submission.of(
                        gmall.run(
                                DEPLOY,
                                "submit",
                                "BaseLogApp",
                                "--conf",
                                conf,
                                "--from-savepoint",
                                savepoint.group(1)));
        assertThat(second.application()).isNotEqualTo(first.application());
        send(90, 100);

        Map<String, Integer> pages = waitForPages(100);
        assertThat(pages)
                .hasSize(100)
                .allSatisfy((device, count) -> assertThat(count).as(device).isEqualTo(1));

        // the JobManager dies: YARN starts another, which (ZooKeeper HA) resumes the same job from
        // its latest
        // checkpoint, later than the savepoint it was started from; without HA it would start from
        // that savepoint
        double fromSavepoint = restoredId(gmall, second);
        assertThat(fromSavepoint).as("started from the savepoint").isPositive();
        hadoop.failCurrentAttempt(second.application());
        waitUntil(
                () -> restoredId(gmall, second) > fromSavepoint,
                "a new JobManager restoring a later checkpoint");
        send(100, 110);
        pages = waitForPages(110);
        assertThat(pages)
                .hasSize(110)
                .allSatisfy((device, count) -> assertThat(count).as(device).isEqualTo(1));

        // the savepoint directory of --conf (flink.savepoint.dir) when none is given; the
        // application then ends
        assertThat(gmall.run(DEPLOY, "cancel", "BaseLogApp", "--conf", conf))
                .contains("; savepoint " + savepoints);
        waitUntil(
                () -> gmall.run(CALL, "list").contains("no Flink application running on YARN"),
                "the application to end after its job stopped");
        // nothing to cancel now: a clear error, not a stack trace
        GmallCommand.Result none = gmall.attempt(CALL, "cancel", "BaseLogApp", "--conf", conf);
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no running YARN application for job BaseLogApp");
    }

    /**
     * The checkpoint or savepoint the job last started from, as the monitor reports it; NaN while
     * unknown.
     */
    private static double restoredId(GmallCommand gmall, Submission submission) throws Exception {
        GmallCommand.Result metrics =
                gmall.attempt(CALL, "monitor", "--yarn-conf", "--no-local", "--once");
        return MetricsPage.value(
                metrics.out(),
                "gmall_flink_checkpoint_restored_id{cluster=\""
                        + submission.application()
                        + "\",flink_job=\"BaseLogApp\",job_id=\""
                        + submission.job()
                        + "\"}");
    }

    /**
     * What {@code bin/gmall submit} printed: the YARN application, the Flink job and the
     * JobManager's address.
     */
    private record Submission(String application, String job, String web) {
        static Submission of(String printed) {
            Matcher m =
                    Pattern.compile(
                                    "BaseLogApp running as YARN application (application_\\d+_\\d+) \\(job "
                                            + "(\\p{XDigit}{32})\\)\\s+JobManager web: (http\\S+)")
                            .matcher(printed);
            assertThat(m.find()).as(printed).isTrue();
            return new Submission(m.group(1), m.group(2), m.group(3));
        }
    }

    private static void waitUntil(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + WAIT + " for " + what);
            }
            Thread.sleep(2000);
        }
    }

    private Path clusterConf() throws Exception {
        Properties properties = new Properties();
        properties.putAll(stack.settings());
        properties.put("flink.checkpoint.interval-ms", "2000");
        properties.put("flink.checkpoint.dir", hadoop.hdfs() + "/gmall/checkpoints");
        properties.put("flink.savepoint.dir", hadoop.hdfs() + "/gmall/savepoints");
        // the stack's ZooKeeper (HBase's), as a shop's cluster has one
        properties.put("flink.ha.zookeeper.quorum", stack.settings().get("phoenix.zk.quorum"));
        properties.put("flink.ha.storage-dir", hadoop.hdfs() + "/gmall/flink/ha");
        Path file = work.resolve("cluster.properties");
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, "YarnPerJobITCase");
        }
        return file;
    }

    /**
     * One page log each from devices yarn-from .. yarn-(to-1), as the app sends them (JSON lines).
     */
    private static void send(int from, int to) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", StackProcess.KAFKA);
        long base = Instant.parse("2030-03-01T01:00:00Z").toEpochMilli();
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = from; i < to; i++) {
                String line =
                        "{\"common\":{\"ar\":\"110000\",\"ch\":\"xiaomi\",\"is_new\":\"1\",\"mid\":\"yarn-"
                                + i
                                + "\",\"vc\":\"v2.1.134\"},\"page\":{\"page_id\":\"home\",\"during_time\":3000},"
                                + "\"ts\":"
                                + (base + i * 1000L)
                                + "}";
                producer.send(
                        new ProducerRecord<>("topic_log", line.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    /**
     * The committed page logs of the test's devices (key: device), once at least {@code expected}
     * arrived.
     */
    private static Map<String, Integer> waitForPages(int expected) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", StackProcess.KAFKA);
        p.put("isolation.level", "read_committed");
        long deadline = System.nanoTime() + WAIT.toNanos();
        Map<String, Integer> pages = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor("dwd_traffic_page_log").stream()
                            .map(i -> new TopicPartition(i.topic(), i.partition()))
                            .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (pages.values().stream().mapToInt(Integer::intValue).sum() < expected) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "only "
                                    + pages.size()
                                    + " of "
                                    + expected
                                    + " page logs arrived: "
                                    + new ArrayList<>(pages.keySet()));
                }
                read(consumer, pages);
            }
            // anything repeated would follow shortly after: read on for a few more seconds
            long settle = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < settle) {
                read(consumer, pages);
            }
        }
        return pages;
    }

    private static void read(KafkaConsumer<byte[], byte[]> consumer, Map<String, Integer> pages) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
            String device = new String(record.key(), StandardCharsets.UTF_8);
            if (device.startsWith("yarn-")) {
                pages.merge(device, 1, Integer::sum);
            }
        }
    }
}
