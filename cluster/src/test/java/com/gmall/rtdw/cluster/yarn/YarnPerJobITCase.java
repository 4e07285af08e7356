package com.gmall.rtdw.cluster.yarn;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.cluster.JobsJar;
import com.gmall.rtdw.cluster.monitor.ClusterDiscovery;
import com.gmall.rtdw.cluster.monitor.FlinkJobsReader;
import com.gmall.rtdw.cluster.monitor.FlinkRest;
import com.gmall.rtdw.cluster.monitor.MetricsText;
import com.gmall.rtdw.cluster.monitor.YarnClientApplications;
import com.gmall.rtdw.cluster.monitor.Monitor;
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
 * A real per-job deployment: BaseLogApp submitted to a mini YARN cluster (with our Flink runtime jar and
 * conf/flink), reading the test stack's Kafka, checkpointing to mini HDFS. It is stopped with a savepoint on HDFS
 * while app logs keep coming, and submitted again from it: every page log arrives exactly once. While it runs, the
 * monitor finds it through the ResourceManager's REST API.
 */
class YarnPerJobITCase {
    private static final Duration WAIT = Duration.ofMinutes(4);

    @TempDir
    static Path work;

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
        Deployment deployment = Deployment.ofRepository(root);
        JobsJar jobs = JobsJar.open(deployment.jobsJar());
        Path conf = clusterConf();
        YarnSubmitter submitter = new YarnSubmitter(deployment, hadoop.configuration());
        YarnApplications applications = new YarnApplications(hadoop.configuration());
        List<String> arguments = List.of("--conf", conf.toString());

        send(0, 30);
        YarnSubmitter.Submitted first = submitter.submit("BaseLogApp", jobs.mainClass("BaseLogApp"), arguments, null);
        assertThat(first.application().toString()).startsWith("application_");
        assertThat(first.webInterface()).startsWith("http");
        waitForPages(30);

        YarnApplications.Application running = applications.ofJob("BaseLogApp");
        assertThat(running.jobs()).singleElement().satisfies(j -> assertThat(j.getJobName()).isEqualTo("BaseLogApp"));
        FlinkRest rest = new FlinkRest(Duration.ofSeconds(10));
        // found through the ResourceManager, polled through its proxy (the mini cluster's REST API itself answers
        // 404: its ResourceManager and NodeManager web apps share one static GuiceFilter in this JVM)
        String metrics = MetricsText.render(new Monitor(new ClusterDiscovery(List.of(new YarnClientApplications(
                hadoop.configuration()))), new FlinkJobsReader(rest, System::currentTimeMillis)).poll());
        String labels = "{cluster=\"" + first.application() + "\",flink_job=\"BaseLogApp\"";
        assertThat(metrics).contains("gmall_monitor_cluster_up{cluster=\"" + first.application() + "\"} 1")
                .contains("gmall_flink_job_running" + labels).contains("gmall_flink_checkpoints_completed_total" + labels)
                .contains("gmall_flink_operator_backpressure_ratio" + labels);

        // logs keep coming while the job stops and starts again
        send(30, 60);
        String savepoint = applications.stopWithSavepoint(running, hadoop.hdfs() + "/gmall/savepoints");
        assertThat(savepoint).startsWith(hadoop.hdfs() + "/gmall/savepoints/");
        send(60, 90);
        YarnSubmitter.Submitted second = submitter.submit("BaseLogApp", jobs.mainClass("BaseLogApp"), arguments,
                savepoint);
        assertThat(second.application()).isNotEqualTo(first.application());
        send(90, 100);

        Map<String, Integer> pages = waitForPages(100);
        assertThat(pages).hasSize(100).allSatisfy((device, count) -> assertThat(count).as(device).isEqualTo(1));
        applications.stopWithSavepoint(applications.ofJob("BaseLogApp"), hadoop.hdfs() + "/gmall/savepoints");
    }

    private Path clusterConf() throws Exception {
        Properties properties = new Properties();
        properties.putAll(stack.settings());
        properties.put("flink.checkpoint.interval-ms", "2000");
        properties.put("flink.checkpoint.dir", hadoop.hdfs() + "/gmall/checkpoints");
        properties.put("flink.savepoint.dir", hadoop.hdfs() + "/gmall/savepoints");
        Path file = work.resolve("cluster.properties");
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, "YarnPerJobITCase");
        }
        return file;
    }

    /** One page log each from devices yarn-from .. yarn-(to-1), as the app sends them (JSON lines). */
    private static void send(int from, int to) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", StackProcess.KAFKA);
        long base = Instant.parse("2030-03-01T01:00:00Z").toEpochMilli();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = from; i < to; i++) {
                String line = "{\"common\":{\"ar\":\"110000\",\"ch\":\"xiaomi\",\"is_new\":\"1\",\"mid\":\"yarn-"
                        + i + "\",\"vc\":\"v2.1.134\"},\"page\":{\"page_id\":\"home\",\"during_time\":3000},"
                        + "\"ts\":" + (base + i * 1000L) + "}";
                producer.send(new ProducerRecord<>("topic_log", line.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    /** The committed page logs of the test's devices (key: device), once at least {@code expected} arrived. */
    private static Map<String, Integer> waitForPages(int expected) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", StackProcess.KAFKA);
        p.put("isolation.level", "read_committed");
        long deadline = System.nanoTime() + WAIT.toNanos();
        Map<String, Integer> pages = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("dwd_traffic_page_log").stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (pages.values().stream().mapToInt(Integer::intValue).sum() < expected) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("only " + pages.size() + " of " + expected + " page logs arrived: "
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
