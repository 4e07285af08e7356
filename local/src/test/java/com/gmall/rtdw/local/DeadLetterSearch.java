package com.gmall.rtdw.local;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Finds marked bad input in the dead-letter topics: every bad record a test sends carries a marker
 * ({@code bad-<kind>-<n>}) at its start, which its dead letter keeps in its original (or the
 * original's prefix). Reads every {@code dlq_*} topic as a read_committed consumer until each
 * marker is seen or the time is up.
 */
final class DeadLetterSearch {
    static final Pattern MARKER = Pattern.compile("bad-[a-z]+-\\d+");

    private DeadLetterSearch() {}

    /**
     * The markers of {@code expected} not found in any dead-letter topic within {@code timeout}.
     */
    static Set<String> missing(GmallConfig config, Set<String> expected, Duration timeout) {
        Properties p = KafkaClientProperties.of(config);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        Set<String> missing = new HashSet<>(expected);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.listTopics().entrySet().stream()
                            .filter(topic -> topic.getKey().startsWith("dlq_"))
                            .flatMap(topic -> topic.getValue().stream())
                            .map(info -> new TopicPartition(info.topic(), info.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500))
                        .forEach(
                                record -> {
                                    Matcher m =
                                            MARKER.matcher(
                                                    new String(
                                                            record.value(),
                                                            StandardCharsets.UTF_8));
                                    while (m.find()) {
                                        missing.remove(m.group());
                                    }
                                });
            }
        }
        return missing;
    }
}
