package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.model.common.ChangeType;
import java.time.Instant;

/**
 * A rule whose facts are a table's new rows, each happening at its {@code timeColumn}: in the
 * binlog an insert, in OdsDbApp's snapshot a row of the period (as the snapshot read it).
 *
 * @param <T> the DWD record
 */
public abstract class NewRowFacts<T> extends FactRule<T> {
    private static final long serialVersionUID = 1L;

    private final String timeColumn;

    protected NewRowFacts(String table, String timeColumn) {
        super(table);
        this.timeColumn = timeColumn;
    }

    @Override
    public final boolean matches(ChangeType type, Row row) {
        return type == ChangeType.insert;
    }

    @Override
    public final Instant snapshotFactTime(Row row) {
        return row.optionalTime(timeColumn);
    }
}
