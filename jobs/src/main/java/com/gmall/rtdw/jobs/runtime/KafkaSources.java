package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Kafka sources of the jobs (defect G1): offsets are checkpointed and committed to the consumer
 * group, a first start reads from the earliest offset, and only committed transactions are read.
 * They connect with the configured client security settings ({@link KafkaClientProperties}).
 */
public final class KafkaSources {
    private KafkaSources() {}

    /** The raw messages of {@code topic}, for decoding by {@link DecodeOrDeadLetter}. */
    public static KafkaSource<SourceBytes> bytes(GmallConfig config, String topic, String groupId) {
        return KafkaSources.<SourceBytes>builder(config, topic, groupId)
                .setDeserializer(new Bytes())
                .build();
    }

    /** Each message as {@link SourceBytes}, its value undecoded. */
    public static KafkaRecordDeserializationSchema<SourceBytes> rawMessages() {
        return new Bytes();
    }

    /** A source of {@code topic} with the settings above; the caller sets the deserializer. */
    public static <T> KafkaSourceBuilder<T> builder(
            GmallConfig config, String topic, String groupId) {
        return KafkaSource.<T>builder()
                .setProperties(KafkaClientProperties.of(config))
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(
                        OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setProperty("isolation.level", "read_committed")
                .setProperty(
                        "fetch.max.wait.ms",
                        config.get(GmallOptions.KAFKA_CONSUMER_FETCH_MAX_WAIT_MS).toString())
                .setProperty(
                        "max.partition.fetch.bytes",
                        config.get(GmallOptions.KAFKA_CONSUMER_PARTITION_FETCH_BYTES).toString())
                .setProperty("commit.offsets.on.checkpoint", "true");
    }

    /**
     * Keeps the value and its origin; tombstones (null values) carry nothing to process and are
     * skipped (G2).
     */
    static final class Bytes implements KafkaRecordDeserializationSchema<SourceBytes> {
        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<SourceBytes> out)
                throws IOException {
            if (record.value() != null) {
                out.collect(
                        new SourceBytes(
                                record.topic(),
                                record.partition(),
                                record.offset(),
                                record.value()));
            }
        }

        @Override
        public TypeInformation<SourceBytes> getProducedType() {
            return TypeInformation.of(SourceBytes.class);
        }
    }
}
