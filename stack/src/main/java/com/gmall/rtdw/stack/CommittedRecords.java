package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How the stack's tools read topics: committed records only, as the jobs do, and without a consumer
 * group.
 */
final class CommittedRecords {
    private CommittedRecords() {}

    /**
     * A consumer with the configured client security, reading committed records, committing no
     * offsets.
     */
    static KafkaConsumer<byte[], byte[]> consumer(StackSettings settings) {
        Properties p = KafkaClientProperties.of(settings.config());
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Whether the consumer has read every partition up to the offsets it was given. */
    static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream()
                .allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
