package com.gmall.rtdw.runtime;

/**
 * A generated reader of one record type in Avro binary, for data written with the current schema.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface AvroBinaryReader<T> {
    T read(AvroBinaryInput in) throws DecodeException;
}
