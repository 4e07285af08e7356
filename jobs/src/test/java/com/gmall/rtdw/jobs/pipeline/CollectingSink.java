package com.gmall.rtdw.jobs.pipeline;

import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/**
 * Keeps what a job writes in {@link Collected}: into the sink's own name, or a record's topic when
 * it names one.
 */
final class CollectingSink<T> implements SinkFunction<T> {
    private static final long serialVersionUID = 1L;
    private final String run;
    private final String sink;

    CollectingSink(String run, String sink) {
        this.run = run;
        this.sink = sink;
    }

    @Override
    public void invoke(T value, Context context) {
        String into =
                value instanceof KafkaRecord record && record.topic != null ? record.topic : sink;
        Collected.add(run, into, value);
    }
}
