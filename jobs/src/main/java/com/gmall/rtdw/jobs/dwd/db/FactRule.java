package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.model.common.ChangeType;
import java.io.Serializable;

/**
 * Which changes of one business table are a fact, and the fact they make.
 *
 * @param <T> the DWD record
 */
public interface FactRule<T> extends Serializable {
    /** The business table, e.g. {@code coupon_use}. */
    String table();

    /** Whether the change of a row of {@link #table()} is a fact. */
    boolean matches(ChangeType type, Row row);

    /** The fact; a missing or malformed value it needs is a {@link Row.BadRow}. */
    T fact(Row row);
}
