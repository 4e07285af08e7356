package com.gmall.rtdw.local.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether a job has committed everything: its consumer group at the end of its input, and no open
 * transaction on its outputs (each output partition's stable end is its end).
 */
final class CommittedOutput implements AutoCloseable {
    private final AdminClient admin;
    private final KafkaConsumer<byte[], byte[]> committed;
    private final KafkaConsumer<byte[], byte[]> uncommitted;
    private final List<TopicPartition> input;
    private final List<TopicPartition> outputs;
    private final String group;

    CommittedOutput(
            Properties client, String input, List<String> outputs, int partitions, String group) {
        this.admin = AdminClient.create(client);
        this.committed = consumer(client, "read_committed");
        this.uncommitted = consumer(client, "read_uncommitted");
        this.input = partitions(List.of(input), partitions);
        this.outputs = partitions(outputs, partitions);
        this.group = group;
    }

    /** Input messages the group has not committed yet. */
    long behind() throws Exception {
        return behindPerPartition().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Input messages the group has not committed yet, per input partition. */
    Map<TopicPartition, Long> behindPerPartition() throws Exception {
        Map<TopicPartition, Long> ends = uncommitted.endOffsets(input, Duration.ofSeconds(10));
        Map<TopicPartition, OffsetAndMetadata> at =
                admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> behind = new LinkedHashMap<>();
        for (TopicPartition partition : input) {
            OffsetAndMetadata offset = at.get(partition);
            behind.put(partition, ends.get(partition) - (offset == null ? 0 : offset.offset()));
        }
        return behind;
    }

    /** Output records readable by read_committed consumers (commit markers included). */
    long committedOutputs() {
        return sum(committed.endOffsets(outputs, Duration.ofSeconds(10)));
    }

    boolean anyOpenTransaction() {
        return sum(uncommitted.endOffsets(outputs, Duration.ofSeconds(10))) > committedOutputs();
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<TopicPartition> partitions(List<String> topics, int partitions) {
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : topics) {
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(topic, p));
            }
        }
        return all;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Properties client, String isolation) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("isolation.level", isolation);
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void close() {
        committed.close();
        uncommitted.close();
        admin.close();
    }
}
