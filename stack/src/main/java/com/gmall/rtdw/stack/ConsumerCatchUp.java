package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a job's consumer group has committed (at its checkpoints) everything a topic held
 * when asked. The demo uses it before it starts the shop on app logs written earlier: while
 * BaseLogApp's subtasks catch up on such a backlog at different speeds, one subtask's live pages
 * can reach a DWD partition before another's pages of minutes ago, and the DWS jobs' watermarks
 * would make those too late.
 */
public final class ConsumerCatchUp {
    private ConsumerCatchUp() {}

    /**
     * @throws IllegalStateException when the group has not caught up within {@code timeout}
     */
    public static void await(
            StackSettings settings,
            String topic,
            String group,
            Duration timeout,
            Consumer<String> progress)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (AdminClient admin = AdminClient.create(KafkaClientProperties.of(settings.config()));
                KafkaConsumer<byte[], byte[]> consumer = CommittedRecords.consumer(settings)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long behind = behind(admin, group, ends);
            long nextReport = System.nanoTime();
            while (behind > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            group
                                    + " is still "
                                    + behind
                                    + " messages of "
                                    + topic
                                    + " behind after "
                                    + timeout.toSeconds()
                                    + " s: is it running? (bin/gmall status)");
                }
                if (System.nanoTime() >= nextReport) {
                    progress.accept(
                            group + " catching up on " + topic + ": " + behind + " messages to go");
                    nextReport = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                }
                Thread.sleep(2000);
                behind = behind(admin, group, ends);
            }
        }
    }

    /**
     * Messages up to {@code ends} the group has not committed (a partition it never committed
     * counts from 0).
     */
    private static long behind(AdminClient admin, String group, Map<TopicPartition, Long> ends)
            throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            behind += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
        }
        return behind;
    }
}
