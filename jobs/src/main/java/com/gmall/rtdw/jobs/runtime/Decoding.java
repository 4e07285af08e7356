package com.gmall.rtdw.jobs.runtime;

import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * A Kafka message decoded in the source itself, so that the source can take each partition's event
 * time from the record (per-partition watermarks: a partition read ahead of another does not make
 * the other's records late). Either {@code value} or, for a message that does not decode, {@code
 * failed} with the {@code reason}.
 *
 * @param <T> the record type
 */
public final class Decoding<T> {
    public T value;
    public SourceBytes failed;
    public String reason;

    public Decoding() {}

    public static <T> Decoding<T> of(T value) {
        Decoding<T> d = new Decoding<>();
        d.value = value;
        return d;
    }

    public static <T> Decoding<T> failed(SourceBytes message, String reason) {
        Decoding<T> d = new Decoding<>();
        d.failed = message;
        d.reason = reason;
        return d;
    }

    /** Flink's type of a decoding of {@code valueType}: a POJO whose value field has that type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> TypeInformation<Decoding<T>> type(Class<T> valueType) {
        return (TypeInformation)
                Types.POJO(
                        Decoding.class,
                        Map.of(
                                "value",
                                TypeInformation.of(valueType),
                                "failed",
                                TypeInformation.of(SourceBytes.class),
                                "reason",
                                Types.STRING));
    }
}
