package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.Serde;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes in the Kafka source with the topic's generated serde; a failure is kept, with its origin,
 * not thrown.
 */
public final class DecodingDeserializer<T>
        implements KafkaRecordDeserializationSchema<Decoding<T>> {
    private static final long serialVersionUID = 1L;

    private final Serde<T> serde;

    public DecodingDeserializer(Serde<T> serde) {
        this.serde = serde;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Decoding<T>> out) {
        if (record.value() == null) {
            return; // a tombstone carries nothing to aggregate (G2)
        }
        try {
            out.collect(Decoding.of(serde.decode(record.value())));
        } catch (DecodeException e) {
            out.collect(
                    Decoding.failed(
                            new SourceBytes(
                                    record.topic(),
                                    record.partition(),
                                    record.offset(),
                                    record.value()),
                            "cannot decode: " + e.getMessage()));
        }
    }

    @Override
    public TypeInformation<Decoding<T>> getProducedType() {
        return Decoding.type(serde.type());
    }
}
