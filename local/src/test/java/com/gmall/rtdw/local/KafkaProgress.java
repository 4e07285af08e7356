package com.gmall.rtdw.local;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Where Kafka holds results back, for a failed comparison: partitions with an open transaction
 * (records past the last stable offset, which read_committed readers cannot see yet) and consumer
 * groups that have not committed up to a partition's stable end. Nothing listed means every job's
 * input was read and committed.
 */
final class KafkaProgress {
    private KafkaProgress() {}

    static String describe(GmallConfig config) {
        StringBuilder out = new StringBuilder("kafka (open transactions, groups behind):\n");
        try (AdminClient admin = AdminClient.create(KafkaClientProperties.of(config));
                KafkaConsumer<byte[], byte[]> committed = consumer(config, "read_committed");
                KafkaConsumer<byte[], byte[]> uncommitted = consumer(config, "read_uncommitted")) {
            List<TopicPartition> partitions =
                    committed.listTopics(Duration.ofSeconds(10)).values().stream()
                            .flatMap(List::stream)
                            .filter(p -> !p.topic().startsWith("__"))
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            Map<TopicPartition, Long> stable =
                    committed.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, Long> high =
                    uncommitted.endOffsets(partitions, Duration.ofSeconds(10));
            stable.forEach(
                    (partition, end) -> {
                        if (high.get(partition) > end) {
                            out.append("  ")
                                    .append(partition)
                                    .append(": open transaction, ")
                                    .append(high.get(partition) - end)
                                    .append(" records past the stable end ")
                                    .append(end)
                                    .append('\n');
                        }
                    });
            for (ConsumerGroupListing group :
                    admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> at =
                        admin.listConsumerGroupOffsets(group.groupId())
                                .partitionsToOffsetAndMetadata()
                                .get(10, TimeUnit.SECONDS);
                at.forEach(
                        (partition, offset) -> {
                            Long end = stable.get(partition);
                            // one past the last record is normal: a commit marker follows it
                            if (offset != null && end != null && end - offset.offset() > 1) {
                                out.append("  group ")
                                        .append(group.groupId())
                                        .append(" on ")
                                        .append(partition)
                                        .append(": at ")
                                        .append(offset.offset())
                                        .append(" of ")
                                        .append(end)
                                        .append('\n');
                            }
                        });
            }
        } catch (Exception e) {
            out.append("  could not ask: ").append(e).append('\n');
        }
        return out.toString();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(GmallConfig config, String isolation) {
        Properties p = KafkaClientProperties.of(config);
        p.put("isolation.level", isolation);
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
