package com.gmall.rtdw.jobs.pipeline;

import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.source.SourceRecord;
import com.ververica.cdc.debezium.DebeziumDeserializationSchema;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.source.SourceFunction;
import org.apache.flink.util.Collector;

/**
 * Change events as the binlog source hands them to a job's deserializer, in the order given; then
 * the input ends.
 */
final class BoundedBinlog<T> implements SourceFunction<T>, ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;

    /** Made where the source runs: Kafka Connect's records are not serializable. */
    interface Events extends Supplier<List<SourceRecord>>, Serializable {}

    private final Events events;
    private final DebeziumDeserializationSchema<T> schema;

    BoundedBinlog(Events events, DebeziumDeserializationSchema<T> schema) {
        this.events = events;
        this.schema = schema;
    }

    @Override
    public void run(SourceContext<T> ctx) throws Exception {
        for (SourceRecord event : events.get()) {
            schema.deserialize(
                    event,
                    new Collector<T>() {
                        @Override
                        public void collect(T value) {
                            ctx.collect(value);
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
