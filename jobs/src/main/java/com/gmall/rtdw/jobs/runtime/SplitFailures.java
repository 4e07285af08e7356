package com.gmall.rtdw.jobs.runtime;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The decoded records on, the messages that did not decode to {@link
 * DecodeOrDeadLetter#DEAD_LETTERS} with the reason and their topic, partition and offset (defect
 * G3: one bad message must not stop the job).
 */
public final class SplitFailures<T> extends ProcessFunction<Decoding<T>, T>
        implements ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;

    private final String job;
    private final TypeInformation<T> type;

    public SplitFailures(String job, TypeInformation<T> type) {
        this.job = job;
        this.type = type;
    }

    @Override
    public void processElement(Decoding<T> in, Context ctx, Collector<T> out) {
        if (in.value != null) {
            out.collect(in.value);
        } else {
            ctx.output(
                    DecodeOrDeadLetter.DEAD_LETTERS,
                    DeadLetters.of(
                            job,
                            in.reason,
                            in.failed.topic,
                            in.failed.partition,
                            in.failed.offset,
                            in.failed.value));
        }
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return type;
    }
}
