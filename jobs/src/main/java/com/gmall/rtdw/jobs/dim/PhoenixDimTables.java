package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.runtime.PhoenixJdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DimTables} on Phoenix. It compares the configuration with the table's actual columns (from
 * Phoenix's catalog), so the same call is right for a new row, a changed row, and a restart after
 * changes made while the job was down; every parallel task may run it, as each statement is {@code
 * IF NOT EXISTS}.
 */
public final class PhoenixDimTables implements DimTables {
    private static final Logger LOG = LoggerFactory.getLogger(PhoenixDimTables.class);

    private final PhoenixConnectionPool pool;
    private final PhoenixStatements statements = new PhoenixStatements(PhoenixJdbc.DIM_SCHEMA);

    /**
     * @param pool closed with this
     */
    public PhoenixDimTables(PhoenixConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens its own pool of one connection per task (DDL is rare). */
    public static Factory factory(String zookeeperQuorum) {
        return () ->
                new PhoenixDimTables(
                        new PhoenixConnectionPool(zookeeperQuorum, 1, Duration.ofMinutes(1)));
    }

    @Override
    public void ensure(DimTable table) throws DimConfigException, SQLException {
        try (PhoenixConnectionPool.Lease lease = pool.lease()) {
            Connection c = lease.connection();
            Set<String> existing = PhoenixCatalog.columns(c, table.sinkTable());
            try (Statement st = c.createStatement()) {
                if (existing.isEmpty()) {
                    String ddl = statements.createTable(table);
                    LOG.info("dim table {}: {}", table.sinkTable(), ddl);
                    st.execute(ddl);
                    return;
                }
                List<String> keys = PhoenixCatalog.primaryKey(c, table.sinkTable());
                String wanted = table.primaryKey().toUpperCase(Locale.ROOT);
                if (!keys.equals(List.of(wanted))) {
                    throw new DimConfigException(
                            PhoenixJdbc.DIM_SCHEMA
                                    + "."
                                    + table.sinkTable()
                                    + " exists with "
                                    + "primary key "
                                    + keys
                                    + "; the row asks for "
                                    + wanted
                                    + " (a key cannot change)");
                }
                List<String> missing =
                        table.columns().stream()
                                .filter(col -> !existing.contains(col.toUpperCase(Locale.ROOT)))
                                .toList();
                if (!missing.isEmpty()) {
                    String ddl = statements.addColumns(table, missing);
                    LOG.info("dim table {}: {}", table.sinkTable(), ddl);
                    st.execute(ddl);
                }
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
