package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.model.common.ChangeType;
import java.time.Instant;

/**
 * A rule whose facts are a row's {@code statusColumn} changing to {@code status}, which happens at
 * its {@code timeColumn}: in the binlog the update that changes it, in OdsDbApp's snapshot a row in
 * that status (a row in a later status is not told apart, so a status that rows leave again needs a
 * rule of its own).
 *
 * @param <T> the DWD record
 */
public abstract class StatusChangeFacts<T> extends FactRule<T> {
    private static final long serialVersionUID = 1L;

    private final String statusColumn;
    private final String status;
    private final String timeColumn;

    protected StatusChangeFacts(
            String table, String statusColumn, String status, String timeColumn) {
        super(table);
        this.statusColumn = statusColumn;
        this.status = status;
        this.timeColumn = timeColumn;
    }

    @Override
    public final boolean matches(ChangeType type, Row row) {
        return row.changedTo(statusColumn, status);
    }

    @Override
    public final Instant snapshotFactTime(Row row) {
        return status.equals(row.text(statusColumn)) ? row.optionalTime(timeColumn) : null;
    }
}
