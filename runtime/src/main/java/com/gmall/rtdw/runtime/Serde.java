package com.gmall.rtdw.runtime;

import java.io.Serializable;

/**
 * The wire format of one event type, generated per type: bytes to record and back, and the record's
 * default Kafka key. Implementations are stateless and thread-safe.
 *
 * @param <T> the Avro record class
 */
public interface Serde<T> extends Serializable {
    /** Decodes one Kafka value; any problem is a {@link DecodeException} with its location. */
    T decode(byte[] message) throws DecodeException;

    /** Encodes one record. */
    byte[] encode(T value);

    /** The key the schema's {@code gmall.key} names, as UTF-8, or null when there is none. */
    byte[] defaultKey(T value);

    /** The record class. */
    Class<T> type();
}
