package com.gmall.rtdw.local;

import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Bad input where the warehouse takes input: {@code topic_db} messages, app log lines and {@code
 * table_process} rows that are not what they should be, and records of 2 MB. Each starts with or
 * holds a marker ({@link DeadLetterSearch#MARKER}) that its dead letter must show.
 */
final class BadInput {
    private final GmallConfig config;
    private final Path logDir;
    private final Set<String> markers = new HashSet<>();

    BadInput(GmallConfig config, Path logDir) {
        this.config = config;
        this.logDir = logDir;
    }

    Set<String> markers() {
        return Collections.unmodifiableSet(markers);
    }

    /** Messages that are no change event: not JSON, cut short, or a text where a number belongs. */
    void topicDb(int count) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = StackClients.producer(config)) {
            for (int i = 0; i < count; i++) {
                String marker = mark("db", i);
                String value =
                        switch (i % 3) {
                            case 0 -> marker + " is not JSON";
                            case 1 ->
                                    "{\"database\":\"gmall\",\"table\":\"cart_info\",\"type\":\"insert\",\"data\":{\"id\":\""
                                            + marker
                                            + "\"";
                            default ->
                                    "{\"database\":\"gmall\",\"table\":\"order_info\",\"type\":\"insert\",\"ts\":\""
                                            + marker
                                            + "\",\"data\":{\"id\":\"1\"}}";
                        };
                producer.send(
                        new ProducerRecord<>(
                                Topics.TOPIC_DB.name(), value.getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    /**
     * Lines that are not one JSON object (Flume's interceptor refuses them) or not an app log
     * (BaseLogApp does).
     */
    void appLogLines(int count) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String marker = mark("log", i);
            lines.add(
                    switch (i % 3) {
                        case 0 -> marker + " is not JSON";
                        case 1 -> "[\"" + marker + "\"]";
                        default ->
                                "{\"common\":{\"mid\":\""
                                        + marker
                                        + "\",\"is_new\":[1]},\"ts\":\"yesterday\"}";
                    });
        }
        appendToAppLog(lines);
    }

    /**
     * {@code table_process} rows DimApp must refuse: a sink table that is no identifier, for tables
     * nobody has.
     */
    void configRows(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            String marker = mark("cfg", i);
            StackClients.mariadbBound(
                    config,
                    "gmall_config",
                    "INSERT INTO table_process (source_table, sink_table, "
                            + "sink_columns, sink_pk, sink_extend) VALUES (?, ?, 'id', NULL, NULL)",
                    marker.replace('-', '_'),
                    "dim " + marker + "; DROP TABLE x");
        }
    }

    /**
     * A {@code table_process} row with valid identifiers that Phoenix refuses ({@code ORDER} is a
     * reserved word), for a table of the shop that is no dim: DimApp dead-letters it and must start
     * again after it.
     */
    void configRowPhoenixRefuses() throws Exception {
        StackClients.mariadb(
                config,
                "gmall_config",
                "INSERT INTO table_process (source_table, sink_table, "
                        + "sink_columns, sink_pk, sink_extend) VALUES ('favor_info', 'dim_favor_info', 'id,order', 'id', "
                        + "NULL)");
    }

    /**
     * Takes the bad {@code table_process} rows out again (the stack is shared with other tests).
     */
    void removeConfigRows() throws Exception {
        StackClients.mariadb(
                config,
                "gmall_config",
                "DELETE FROM table_process WHERE source_table = 'favor_info' "
                        + "OR source_table LIKE 'bad\\_cfg\\_%'");
    }

    /** One app log line of {@code bytes}, over Flume's {@code maxLineBytes}. */
    void oversizedAppLogLine(int bytes) throws Exception {
        String marker = mark("bigline", 0);
        appendToAppLog(
                List.of("{\"mark\":\"" + marker + "\",\"pad\":\"" + "x".repeat(bytes) + "\"}"));
    }

    /**
     * One {@code topic_db} message of {@code bytes}, as a producer other than OdsDbApp could write
     * where the topic takes messages that large (here: the topic's {@code max.message.bytes} raised
     * to 3 MB for it).
     */
    void oversizedTopicDbMessage(int bytes) throws Exception {
        int limit = 3 * 1024 * 1024;
        Properties p = KafkaClientProperties.of(config);
        try (Admin admin = Admin.create(p)) {
            ConfigResource topic =
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.TOPIC_DB.name());
            admin.incrementalAlterConfigs(
                            Map.of(
                                    topic,
                                    List.of(
                                            new AlterConfigOp(
                                                    new ConfigEntry(
                                                            "max.message.bytes",
                                                            String.valueOf(limit)),
                                                    AlterConfigOp.OpType.SET))))
                    .all()
                    .get(1, TimeUnit.MINUTES);
        }
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(limit));
        String marker = mark("bigdb", 0);
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            String value =
                    "{\"database\":\"gmall\",\"table\":\""
                            + marker
                            + "\",\"pad\":\""
                            + "y".repeat(bytes)
                            + "\"";
            producer.send(
                            new ProducerRecord<>(
                                    Topics.TOPIC_DB.name(), value.getBytes(StandardCharsets.UTF_8)))
                    .get(1, TimeUnit.MINUTES);
        }
    }

    private String mark(String kind, int i) {
        String marker = "bad-" + kind + "-" + i;
        markers.add(marker);
        return marker;
    }

    private void appendToAppLog(List<String> lines) throws Exception {
        Files.write(
                logDir.resolve("app.bad-input.log"),
                lines,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
