package com.gmall.rtdw.jobs.testing;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a whole topic as a read_committed consumer would (what exactly-once producers promise), for
 * assertions, with the configuration's client security like every client of the jobs.
 */
public final class TopicReader {
    private TopicReader() {}

    /** Everything committed so far, once {@code done} holds for it or the timeout passes. */
    public static List<ConsumerRecord<byte[], byte[]>> readUntil(
            GmallConfig config,
            String topic,
            Predicate<List<ConsumerRecord<byte[], byte[]>>> done,
            Duration timeout) {
        return readUntil(config, topic, done, timeout, Duration.ZERO);
    }

    /**
     * Everything committed, read until {@code done} holds (or the timeout passes) and then for
     * {@code settle} more, on the same consumer: what a job commits after the expected records (a
     * duplicate) is then in the result.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readUntil(
            GmallConfig config,
            String topic,
            Predicate<List<ConsumerRecord<byte[], byte[]>>> done,
            Duration timeout,
            Duration settle) {
        Properties p = KafkaClientProperties.of(config);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(i -> new TopicPartition(topic, i.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
                if (done.test(all)) {
                    long settled = System.nanoTime() + settle.toNanos();
                    while (System.nanoTime() < settled) {
                        consumer.poll(Duration.ofMillis(500)).forEach(all::add);
                    }
                    done.test(all);
                    break;
                }
            }
        }
        return all;
    }
}
