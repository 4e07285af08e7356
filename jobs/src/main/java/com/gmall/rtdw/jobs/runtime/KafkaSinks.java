package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.util.Properties;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer;
import org.apache.flink.streaming.connectors.kafka.KafkaSerializationSchema;
import org.apache.kafka.clients.producer.ProducerConfig;
import com.gmall.rtdw.runtime.KafkaTimestamps;
import com.gmall.rtdw.runtime.TopicSpec;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Exactly-once Kafka sinks: transactional producers, committed with each checkpoint. */
public final class KafkaSinks {
    private KafkaSinks() {}

    /** A sink for already-encoded records, each to its own topic (records and their dead letters alike). */
    public static FlinkKafkaProducer<KafkaRecord> exactlyOnce(GmallConfig config, String defaultTopic) {
        return new FlinkKafkaProducer<>(defaultTopic, new RoutedRecords(), producerProperties(config),
                FlinkKafkaProducer.Semantic.EXACTLY_ONCE);
    }

    /** A sink for records of a registry topic, encoded by its generated serde and keyed by the type's key (G6). */
    public static <T> FlinkKafkaProducer<T> exactlyOnce(GmallConfig config, TopicSpec<T> topic) {
        return new FlinkKafkaProducer<>(topic.name(), topic.serializationSchema(), producerProperties(config),
                FlinkKafkaProducer.Semantic.EXACTLY_ONCE);
    }

    /**
     * Producer settings: the brokers with the client security settings, and a transaction timeout within the
     * broker's maximum (docs/platform.md).
     */
    public static Properties producerProperties(GmallConfig config) {
        Properties p = KafkaClientProperties.of(config);
        p.setProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                config.get(GmallOptions.KAFKA_TRANSACTION_TIMEOUT_MS).toString());
        return p;
    }

    /** Writes each record to its topic with its key. */
    static final class RoutedRecords implements KafkaSerializationSchema<KafkaRecord> {
        private static final long serialVersionUID = 1L;

        @Override
        public ProducerRecord<byte[], byte[]> serialize(KafkaRecord record, Long timestamp) {
            return new ProducerRecord<>(record.topic, null, KafkaTimestamps.orNone(timestamp), record.key, record.value);
        }
    }
}
