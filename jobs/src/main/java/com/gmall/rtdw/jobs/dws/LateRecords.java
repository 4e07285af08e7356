package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A record the job could not aggregate becomes a dead letter holding the record as JSON, and is
 * counted: one too late for its window (behind the watermark by more than the allowed lateness; the
 * reference dropped them silently) in {@code lateRecords}, one whose dim lookup timed out under the
 * side-output policy in {@code lookupTimedOutRecords}.
 *
 * @param <T> the record type (a plain bean)
 */
final class LateRecords<T> extends RichMapFunction<T, KafkaRecord> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String job;
    private final String reason;
    private final String counterName;
    private transient Counter counter;

    private LateRecords(String job, String reason, String counterName) {
        this.job = job;
        this.reason = reason;
        this.counterName = counterName;
    }

    static <T> LateRecords<T> late(String job, long allowedLatenessMs) {
        return new LateRecords<>(
                job,
                "late: its window closed more than "
                        + allowedLatenessMs / 1000
                        + " s of event time ago (dws.allowed-lateness-seconds)",
                "lateRecords");
    }

    static <T> LateRecords<T> lookupTimedOut(String job, String lookup) {
        return new LateRecords<>(
                job,
                "dim lookup " + lookup + " timed out (dim.lookup.timeout-policy side-output)",
                "lookupTimedOutRecords");
    }

    @Override
    public void open(Configuration parameters) {
        counter = getRuntimeContext().getMetricGroup().counter(counterName);
    }

    @Override
    public KafkaRecord map(T record) throws JsonProcessingException {
        counter.inc();
        return DeadLetters.of(job, reason, "window", -1, -1, JSON.writeValueAsBytes(record));
    }
}
