package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.runtime.PhoenixJdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link DimWriter} on Phoenix: every write a bound statement (defect D5), the batch one commit
 * (Phoenix sends the mutations of a commit together), on a connection of the task's own pool,
 * closed with the writer (D8).
 */
public final class PhoenixDimWriter implements DimWriter {
    private final PhoenixConnectionPool pool;
    private final PhoenixStatements statements = new PhoenixStatements(PhoenixJdbc.DIM_SCHEMA);

    /**
     * @param pool closed with this writer
     */
    public PhoenixDimWriter(PhoenixConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * @param batchSize rows per commit: the client then sends each region's share of a batch in one
     *     RPC
     */
    public static Factory factory(String zookeeperQuorum, int batchSize) {
        return () -> new PhoenixDimWriter(pool(zookeeperQuorum, batchSize));
    }

    /**
     * A pool of one connection whose client sends up to {@code batchSize} rows per RPC (Phoenix's
     * default: 100).
     */
    public static PhoenixConnectionPool pool(String zookeeperQuorum, int batchSize) {
        return new PhoenixConnectionPool(
                zookeeperQuorum,
                1,
                Duration.ofMinutes(1),
                Map.of("phoenix.mutate.batchSize", Integer.toString(batchSize)));
    }

    @Override
    public void write(Collection<DimWrite> batch) throws SQLException {
        try (PhoenixConnectionPool.Lease lease = pool.lease()) {
            Connection c = lease.connection();
            Map<String, PreparedStatement> prepared = new HashMap<>();
            try {
                for (DimWrite w : batch) {
                    String sql =
                            w.delete ? statements.delete(w.table()) : statements.upsert(w.table());
                    PreparedStatement st = prepared.get(sql);
                    if (st == null) {
                        st = c.prepareStatement(sql);
                        prepared.put(sql, st);
                    }
                    for (int i = 0; i < w.values.length; i++) {
                        st.setString(i + 1, w.values[i]);
                    }
                    st.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                lease.markBroken();
                throw e;
            } finally {
                closeAll(prepared.values());
            }
        }
    }

    /** Closes every statement even when one fails to close; the first failure is thrown after. */
    private static void closeAll(Collection<PreparedStatement> statements) throws SQLException {
        SQLException failure = null;
        for (PreparedStatement st : statements) {
            try {
                st.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
