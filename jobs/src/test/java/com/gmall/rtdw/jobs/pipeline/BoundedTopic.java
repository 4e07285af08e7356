package com.gmall.rtdw.jobs.pipeline;

import java.util.List;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.source.RichSourceFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.SimpleUserCodeClassLoader;
import org.apache.flink.util.UserCodeClassLoader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A topic's messages, in the order given, through the job's own deserialization schema, each with
 * its Kafka time as the record's timestamp, after its pause if it has one; then the input ends (and
 * with it, event time).
 */
final class BoundedTopic<T> extends RichSourceFunction<T> implements ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;
    private final String topic;
    private final List<TopicMessage> messages;
    private final KafkaRecordDeserializationSchema<T> schema;

    BoundedTopic(
            String topic, List<TopicMessage> messages, KafkaRecordDeserializationSchema<T> schema) {
        this.topic = topic;
        this.messages = List.copyOf(messages);
        this.schema = schema;
    }

    @Override
    public void run(SourceContext<T> ctx) throws Exception {
        schema.open(
                new DeserializationSchema.InitializationContext() {
                    @Override
                    public MetricGroup getMetricGroup() {
                        return getRuntimeContext().getMetricGroup();
                    }

                    @Override
                    public UserCodeClassLoader getUserCodeClassLoader() {
                        return SimpleUserCodeClassLoader.create(
                                BoundedTopic.class.getClassLoader());
                    }
                });
        for (TopicMessage m : messages) {
            if (m.pauseMs() > 0) {
                Thread.sleep(m.pauseMs());
            }
            ConsumerRecord<byte[], byte[]> record =
                    new ConsumerRecord<>(
                            topic,
                            m.partition(),
                            m.offset(),
                            m.kafkaTime(),
                            org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                            -1L,
                            -1,
                            -1,
                            m.key(),
                            m.value());
            schema.deserialize(
                    record,
                    new Collector<T>() {
                        @Override
                        public void collect(T value) {
                            ctx.collectWithTimestamp(value, m.kafkaTime());
                        }

                        @Override
                        public void close() {}
                    });
        }
    }

    @Override
    public void cancel() {}

    @Override
    public TypeInformation<T> getProducedType() {
        return schema.getProducedType();
    }
}
