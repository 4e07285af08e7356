package com.gmall.rtdw.runtime;

import java.io.Serializable;

/**
 * Picks the Kafka key of a record, so that all records of one entity (a device, a user, an order)
 * land in one partition and stay ordered. Null means no key.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface KeyFunction<T> extends Serializable {
    byte[] key(T value);
}
