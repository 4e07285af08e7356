package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The dead letters waiting in Kafka: every {@code dlq_*} topic (each job's, and Flume's) with how
 * many committed records it holds, counted by reading them as the jobs' consumers would
 * (transaction markers and aborted records take offsets too, so offsets alone would overcount).
 */
public final class DeadLetterCounts {
    /** The prefix of every dead-letter topic. */
    public static final String PREFIX = "dlq_";

    private DeadLetterCounts() {}

    /** Topic → committed records, for every dead-letter topic, in name order. */
    public static Map<String, Long> of(StackSettings settings) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        List<String> topics;
        try (AdminClient admin = AdminClient.create(KafkaClientProperties.of(settings.config()))) {
            topics =
                    admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                            .filter(t -> t.startsWith(PREFIX))
                            .sorted()
                            .toList();
        }
        topics.forEach(t -> counts.put(t, 0L));
        try (KafkaConsumer<byte[], byte[]> consumer = CommittedRecords.consumer(settings)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            int empty = 0;
            while (!CommittedRecords.caughtUp(consumer, ends) && empty < 20) {
                var records = consumer.poll(Duration.ofMillis(500));
                empty = records.isEmpty() ? empty + 1 : 0;
                records.forEach(r -> counts.merge(r.topic(), 1L, Long::sum));
            }
        }
        return counts;
    }

    /**
     * One line: the total and the topics that hold any, e.g. {@code 15 in all: dlq_base_log_app 3,
     * dlq_flume 12}.
     */
    public static String summary(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach(
                (topic, n) -> {
                    if (n > 0) {
                        parts.add(topic + " " + n);
                    }
                });
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (counts.isEmpty()) {
            return "no dead-letter topics yet";
        }
        return total == 0
                ? "none (dead-letter topics: " + counts.size() + ")"
                : total
                        + " in all: "
                        + String.join(", ", parts)
                        + " (of "
                        + counts.size()
                        + " topics; bin/gmall topic tail TOPIC prints them)";
    }
}
