package com.gmall.rtdw.stack;

import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Kafka 3.9, one node in KRaft mode, from Maven Central jars. The storage is formatted on first
 * start; after the first probe every topic of the generated registry exists.
 */
final class KafkaServer extends LocalServer {
    static final int PARTITIONS = 2;

    private String classpath;

    KafkaServer(StackSettings settings) {
        super(settings, "kafka", settings.kafkaPort());
    }

    @Override
    List<Integer> ports() {
        return List.of(port(), settings.kafkaControllerPort());
    }

    @Override
    void prepare(Output out) throws Exception {
        classpath = ServerJars.classpath(settings, "kafka", out);
        Files.createDirectories(dataDir());
        Files.createDirectories(logDir());
        Templates.render(
                settings.root().resolve("conf/kafka/server.properties"),
                confDir().resolve("server.properties"),
                placeholders());
        Templates.render(
                settings.root().resolve("conf/kafka/log4j.properties"),
                confDir().resolve("log4j.properties"),
                Map.of());
        if (!Files.exists(dataDir().resolve("meta.properties"))) {
            out.line(name(), "formatting KRaft storage");
            Processes.run(
                    List.of(
                            java(),
                            "-cp",
                            classpath,
                            "kafka.tools.StorageTool",
                            "format",
                            "-t",
                            clusterId(),
                            "-c",
                            confDir().resolve("server.properties").toString()),
                    dir(),
                    Duration.ofMinutes(2));
        }
    }

    private Map<String, String> placeholders() {
        Map<String, String> values =
                new java.util.HashMap<>(KafkaListener.placeholders(settings.config()));
        values.put("GMALL_KAFKA_PORT", Integer.toString(port()));
        values.put("GMALL_KAFKA_CONTROLLER_PORT", Integer.toString(settings.kafkaControllerPort()));
        values.put("GMALL_KAFKA_DATA_DIR", dataDir().toString());
        return values;
    }

    @Override
    List<String> command() {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                java(),
                                "-Xms256m",
                                "-Xmx512m",
                                "-XX:+UseG1GC",
                                "-Dlog4j.configuration=file:"
                                        + confDir().resolve("log4j.properties"),
                                "-Dkafka.logs.dir=" + logDir()));
        cmd.addAll(java17Opens());
        cmd.addAll(
                List.of(
                        "-cp",
                        classpath,
                        "kafka.Kafka",
                        confDir().resolve("server.properties").toString()));
        return cmd;
    }

    @Override
    boolean probe() {
        try (AdminClient admin = admin()) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Every topic of the generated registry, and Flume's dead-letter topic, created if missing. */
    @Override
    void afterReady(Output out) throws Exception {
        try (AdminClient admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec<?> topic : Topics.all()) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), PARTITIONS, (short) 1));
                }
            }
            if (!existing.contains(FlumeAgent.DEAD_LETTER_TOPIC)) {
                missing.add(new NewTopic(FlumeAgent.DEAD_LETTER_TOPIC, 1, (short) 1));
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                out.line(name(), "created " + missing.size() + " topics of the registry");
            }
        }
    }

    @Override
    List<Path> diagnosticLogs() {
        return List.of(logDir().resolve("server.log"), outputLog());
    }

    private AdminClient admin() {
        Properties p = KafkaClientProperties.of(settings.config());
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        return AdminClient.create(p);
    }

    /**
     * A KRaft cluster id: 16 random bytes, URL-safe base64 without padding (Kafka's Uuid text
     * form), never starting with '-' (the format tool would read it as an option; Kafka's own
     * Uuid.randomUuid skips those too).
     */
    private static String clusterId() {
        SecureRandom random = new SecureRandom();
        String id;
        do {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
