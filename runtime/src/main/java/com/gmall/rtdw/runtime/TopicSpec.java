package com.gmall.rtdw.runtime;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.streaming.connectors.kafka.KafkaSerializationSchema;

/**
 * A Kafka topic of the warehouse as the generated registry ({@code com.gmall.rtdw.registry.Topics})
 * describes it: its name, wire format, serde and Flink schemas.
 *
 * @param <T> the record type the topic carries
 */
public final class TopicSpec<T> {
    /** Wire formats. */
    public enum Wire {
        /** ODS JSON we do not own the shape of. */
        JSON,
        /** Avro single-object encoding. */
        AVRO
    }

    private final String name;
    private final Wire wire;
    private final Serde<T> serde;
    private final Supplier<? extends DeserializationSchema<T>> deserializer;
    private final BiFunction<String, KeyFunction<T>, ? extends KafkaSerializationSchema<T>>
            serializer;

    public TopicSpec(
            String name,
            Wire wire,
            Serde<T> serde,
            Supplier<? extends DeserializationSchema<T>> deserializer,
            BiFunction<String, KeyFunction<T>, ? extends KafkaSerializationSchema<T>> serializer) {
        this.name = name;
        this.wire = wire;
        this.serde = serde;
        this.deserializer = deserializer;
        this.serializer = serializer;
    }

    public String name() {
        return name;
    }

    public Wire wire() {
        return wire;
    }

    public Serde<T> serde() {
        return serde;
    }

    public Class<T> type() {
        return serde.type();
    }

    /** A new Flink source schema for this topic. */
    public DeserializationSchema<T> deserializationSchema() {
        return deserializer.get();
    }

    /** A new Flink Kafka sink schema writing to this topic, keyed by the type's default key. */
    public KafkaSerializationSchema<T> serializationSchema() {
        return serializer.apply(name, null);
    }

    /** A new Flink Kafka sink schema writing to this topic, keyed by {@code key}. */
    public KafkaSerializationSchema<T> serializationSchema(KeyFunction<T> key) {
        return serializer.apply(name, key);
    }

    @Override
    public String toString() {
        return name;
    }
}
