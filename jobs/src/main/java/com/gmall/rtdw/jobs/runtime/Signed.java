package com.gmall.rtdw.jobs.runtime;

import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * A record's contribution to a sum: {@code +1} adds it, {@code -1} takes back a contribution made
 * before (what {@link FirstOfDay} sends when an earlier record of the day arrives after a later one
 * was counted). A window summing signed contributions ends with the same total whatever the arrival
 * order. A Flink POJO; its type information comes from {@link #type}, as the value's type is
 * generic.
 *
 * @param <T> the record type
 */
public final class Signed<T> {
    public T value;

    /** {@code +1} or {@code -1}. */
    public int sign;

    public Signed() {}

    private Signed(T value, int sign) {
        this.value = value;
        this.sign = sign;
    }

    public static <T> Signed<T> add(T value) {
        return new Signed<>(value, 1);
    }

    public static <T> Signed<T> retract(T value) {
        return new Signed<>(value, -1);
    }

    public boolean isRetraction() {
        return sign < 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> TypeInformation<Signed<T>> type(TypeInformation<T> valueType) {
        return (TypeInformation)
                Types.POJO(Signed.class, Map.of("value", valueType, "sign", Types.INT));
    }

    @Override
    public String toString() {
        return (sign < 0 ? "-" : "+") + value;
    }
}
