package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.Serde;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes Kafka messages with a generated serde; a message that does not decode goes to {@link
 * #DEAD_LETTERS} with the decoder's reason and its topic, partition and offset (defect G3: one bad
 * message must not stop the job).
 *
 * @param <T> the decoded record type
 */
public final class DecodeOrDeadLetter<T> extends ProcessFunction<SourceBytes, T>
        implements ResultTypeQueryable<T> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<KafkaRecord> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(KafkaRecord.class));

    private final Serde<T> serde;
    private final String jobName;

    public DecodeOrDeadLetter(Serde<T> serde, String jobName) {
        this.serde = serde;
        this.jobName = jobName;
    }

    @Override
    public void processElement(SourceBytes in, Context ctx, Collector<T> out) {
        T decoded;
        try {
            decoded = serde.decode(in.value);
        } catch (DecodeException e) {
            ctx.output(
                    DEAD_LETTERS,
                    DeadLetters.of(
                            jobName,
                            "cannot decode: " + e.getMessage(),
                            in.topic,
                            in.partition,
                            in.offset,
                            in.value));
            return;
        }
        out.collect(decoded);
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(serde.type());
    }
}
