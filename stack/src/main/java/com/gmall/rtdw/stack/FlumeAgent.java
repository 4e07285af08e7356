package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Flume 1.11 agent that ships the app log files into {@code topic_log} (TAILDIR source, a
 * durable file channel, the Kafka sink), with our interceptor sending lines that are not JSON
 * objects to {@code dlq_flume}. From Maven Central jars plus the interceptor built by the {@code
 * flume} module. It listens on no port. Its producer uses the configured client security settings,
 * so its configuration file (mode 0600) may hold the SASL login.
 */
final class FlumeAgent extends LocalServer {
    static final String DEAD_LETTER_TOPIC = "dlq_flume";
    static final String READY_LINE = "Component type: SINK, name: k1 started";

    private String classpath;
    private long logOffset;

    FlumeAgent(StackSettings settings) {
        super(settings, "flume", 0);
    }

    @Override
    List<Integer> ports() {
        return List.of();
    }

    @Override
    String address() {
        return settings.work("applog") + " -> topic_log";
    }

    @Override
    void prepare(Output out) throws Exception {
        Path interceptor = settings.root().resolve("flume/target/gmall-flume-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(interceptor)) {
            throw new IllegalStateException(
                    "the Flume interceptor is not built: "
                            + interceptor
                            + " (./mvnw -B -DskipTests package -pl flume)");
        }
        classpath =
                ServerJars.classpath(settings, "flume", out) + ":" + interceptor + ":" + confDir();
        Files.createDirectories(dataDir());
        Files.createDirectories(logDir());
        Files.createDirectories(settings.work("applog"));
        logOffset = Processes.sizeOf(logDir().resolve("flume.log"));
        Map<String, String> values =
                Map.of(
                        "GMALL_APPLOG_DIR",
                        settings.work("applog").toString(),
                        "GMALL_FLUME_DATA_DIR",
                        dataDir().toString(),
                        "GMALL_FLUME_LOG_DIR",
                        logDir().toString(),
                        "GMALL_KAFKA_BOOTSTRAP",
                        settings.config().get(GmallOptions.KAFKA_BOOTSTRAP_SERVERS),
                        "GMALL_KAFKA_PRODUCER_SECURITY",
                        producerSecurity());
        for (String file : List.of("file_to_kafka.conf", "log4j2.xml")) {
            Templates.render(
                    settings.root().resolve("conf/flume/" + file), confDir().resolve(file), values);
        }
    }

    /** The sink's producer settings for the configured client security, as Flume property lines. */
    private String producerSecurity() {
        StringBuilder lines = new StringBuilder();
        KafkaClientProperties.security(settings.config())
                .forEach(
                        (key, value) ->
                                lines.append("a1.sinks.k1.kafka.producer.")
                                        .append(key)
                                        .append(" = ")
                                        .append(value.replace("\\", "\\\\"))
                                        .append('\n'));
        return lines.toString();
    }

    @Override
    List<String> command() {
        return List.of(
                java(),
                "-Xms64m",
                "-Xmx256m",
                "-cp",
                classpath,
                "org.apache.flume.node.Application",
                "-n",
                "a1",
                "-f",
                confDir().resolve("file_to_kafka.conf").toString(),
                "--no-reload-conf");
    }

    /** Ready when this start's log says the Kafka sink started (after the source). */
    @Override
    boolean probe() {
        return Processes.readFrom(logDir().resolve("flume.log"), logOffset).contains(READY_LINE);
    }

    @Override
    List<Path> diagnosticLogs() {
        return List.of(logDir().resolve("flume.log"), outputLog());
    }
}
