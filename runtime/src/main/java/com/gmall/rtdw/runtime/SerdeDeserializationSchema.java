package com.gmall.rtdw.runtime;

import java.io.IOException;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * A Flink source schema over a generated {@link Serde}. A bad message surfaces as a {@link
 * DecodeException} (an IOException); jobs that must keep running wrap sources so those become
 * dead-letter records.
 *
 * @param <T> the record type
 */
public class SerdeDeserializationSchema<T> implements DeserializationSchema<T> {
    private static final long serialVersionUID = 1L;

    private final Serde<T> serde;

    protected SerdeDeserializationSchema(Serde<T> serde) {
        this.serde = serde;
    }

    @Override
    public T deserialize(byte[] message) throws IOException {
        return serde.decode(message);
    }

    @Override
    public boolean isEndOfStream(T nextElement) {
        return false;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(serde.type());
    }

    /** The serde behind this schema. */
    public Serde<T> serde() {
        return serde;
    }
}
