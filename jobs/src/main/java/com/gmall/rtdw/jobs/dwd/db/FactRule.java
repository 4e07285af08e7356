package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.model.common.ChangeType;
import java.io.Serializable;
import java.time.Instant;

/**
 * Which changes of one business table are a fact, and the fact they make.
 *
 * @param <T> the DWD record
 */
public abstract class FactRule<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String table;

    /**
     * @param table the business table, e.g. {@code coupon_use}
     */
    protected FactRule(String table) {
        this.table = table;
    }

    public final String table() {
        return table;
    }

    /** Whether the change of a row of {@link #table()} is a fact. */
    public abstract boolean matches(ChangeType type, Row row);

    /**
     * When this rule's fact happened in a row as OdsDbApp's snapshot read it (its final state, no
     * previous values), or null when that row shows no such fact. By default the snapshot holds
     * none of this rule's facts.
     *
     * @throws Row.BadRow when a time it needs is malformed
     */
    public Instant snapshotFactTime(Row row) {
        return null;
    }

    /**
     * When a snapshot row shows that this rule's fact happened again without showing when first or
     * how (a cart line of an earlier day re-added: the row keeps its last re-add's time and its
     * total quantity only), or null. Such a row of the period is a dead letter, not a fact. By
     * default no row is.
     */
    public Instant snapshotUntoldFactTime(Row row) {
        return null;
    }

    /**
     * The fact (of a snapshot row too); a missing or malformed value it needs is a {@link
     * Row.BadRow}.
     */
    public abstract T fact(Row row);
}
