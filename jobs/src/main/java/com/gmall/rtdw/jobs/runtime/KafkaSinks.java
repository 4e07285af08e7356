package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.KafkaTimestamps;
import com.gmall.rtdw.runtime.TopicSpec;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.util.Properties;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer;
import org.apache.flink.streaming.connectors.kafka.KafkaSerializationSchema;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Exactly-once Kafka sinks: transactional producers, committed with each checkpoint, whose restore
 * fails rather than lose an aborted transaction's records ({@link ExactlyOnceKafkaProducer}).
 */
public final class KafkaSinks {
    private KafkaSinks() {}

    /**
     * A sink for already-encoded records, each to its own topic (records and their dead letters
     * alike).
     */
    public static FlinkKafkaProducer<KafkaRecord> exactlyOnce(
            GmallConfig config, String defaultTopic) {
        return new ExactlyOnceKafkaProducer<>(
                defaultTopic,
                new RoutedRecords(config.get(GmallOptions.DEAD_LETTERS_MAX_ORIGINAL_BYTES)),
                producerProperties(config),
                config.get(GmallOptions.KAFKA_ACCEPT_ABORTED_TRANSACTIONS));
    }

    /**
     * A sink for records of a registry topic, encoded by its generated serde and keyed by the
     * type's key (G6).
     */
    public static <T> FlinkKafkaProducer<T> exactlyOnce(GmallConfig config, TopicSpec<T> topic) {
        return new ExactlyOnceKafkaProducer<>(
                topic.name(),
                topic.serializationSchema(),
                producerProperties(config),
                config.get(GmallOptions.KAFKA_ACCEPT_ABORTED_TRANSACTIONS));
    }

    /**
     * Producer settings: the brokers with the client security settings, a transaction timeout
     * within the broker's maximum (docs/platform.md), and batching: Kafka's defaults (no linger, 16
     * KB batches, no compression) send a request per few records, and the broker's cost is per
     * request and per batch much more than per byte (docs/benchmarks.md).
     */
    public static Properties producerProperties(GmallConfig config) {
        Properties p = KafkaClientProperties.of(config);
        p.setProperty(
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                config.get(GmallOptions.KAFKA_TRANSACTION_TIMEOUT_MS).toString());
        p.setProperty(
                ProducerConfig.LINGER_MS_CONFIG,
                config.get(GmallOptions.KAFKA_PRODUCER_LINGER_MS).toString());
        p.setProperty(
                ProducerConfig.BATCH_SIZE_CONFIG,
                config.get(GmallOptions.KAFKA_PRODUCER_BATCH_BYTES).toString());
        p.setProperty(
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                config.get(GmallOptions.KAFKA_PRODUCER_COMPRESSION));
        return p;
    }

    /**
     * Writes each record to its topic with its key; a dead letter's original is cut to fit ({@link
     * DeadLetterLimit}).
     */
    static final class RoutedRecords implements KafkaSerializationSchema<KafkaRecord> {
        private static final long serialVersionUID = 1L;
        private final int maxOriginalBytes;

        RoutedRecords(int maxOriginalBytes) {
            this.maxOriginalBytes = maxOriginalBytes;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(KafkaRecord record, Long timestamp) {
            byte[] value =
                    DeadLetters.isTopic(record.topic)
                            ? DeadLetterLimit.fit(record.value, maxOriginalBytes)
                            : record.value;
            return new ProducerRecord<>(
                    record.topic, null, KafkaTimestamps.orNone(timestamp), record.key, value);
        }
    }
}
