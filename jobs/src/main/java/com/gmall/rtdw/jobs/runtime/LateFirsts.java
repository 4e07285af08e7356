package com.gmall.rtdw.jobs.runtime;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;

/**
 * Records {@link FirstOfDay} could not count (they would have been their key's first of the day,
 * but came too late) as dead letters with the reason, counted in {@code lateRecords} like the
 * windows' late records. The original is the record's text (an Avro record's is its JSON).
 *
 * @param <T> the record type
 */
public final class LateFirsts<T> extends RichMapFunction<T, KafkaRecord> {
    private static final long serialVersionUID = 1L;

    private final String job;
    private final String source;
    private final String reason;
    private transient Counter counter;

    /**
     * @param source the topic the late records came from, which a replay reads them again from
     */
    public LateFirsts(String job, String source, String reason) {
        this.job = job;
        this.source = source;
        this.reason = reason;
    }

    @Override
    public void open(Configuration parameters) {
        counter = getRuntimeContext().getMetricGroup().counter("lateRecords");
    }

    @Override
    public KafkaRecord map(T record) {
        counter.inc();
        return DeadLetters.of(
                job,
                reason,
                source,
                -1,
                -1,
                String.valueOf(record).getBytes(StandardCharsets.UTF_8));
    }
}
