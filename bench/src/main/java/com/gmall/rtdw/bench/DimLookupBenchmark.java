package com.gmall.rtdw.bench;

import com.gmall.rtdw.jobs.dim.DimTable;
import com.gmall.rtdw.jobs.dim.JvmShared;
import com.gmall.rtdw.jobs.dim.PhoenixConnectionPool;
import com.gmall.rtdw.jobs.dim.PhoenixDimTables;
import com.gmall.rtdw.jobs.dim.PhoenixDimWriter;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupClient;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupSettings;
import com.gmall.rtdw.jobs.dim.lookup.LookupResult;
import com.gmall.rtdw.runtime.PhoenixJdbc;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Dim lookups per second on one thread, over {@value #KEYS} SKUs (a shop's hot set): the lookup
 * client with its Redis cache warm against a synchronous Phoenix query per record (the reference
 * without its cache), same rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DimLookupBenchmark {
    static final int KEYS = 100;

    private JvmShared.Handle<DimLookupClient> client;
    private PhoenixConnectionPool phoenix;
    private PhoenixConnectionPool.Lease lease;
    private PreparedStatement query;
    private int next;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        GmallConfig config = LocalStackDims.config();
        String zk = config.get(GmallOptions.PHOENIX_ZK_QUORUM);
        DimTable table = LocalStackDims.table();
        try (PhoenixDimTables tables =
                        new PhoenixDimTables(
                                new PhoenixConnectionPool(zk, 1, Duration.ofMinutes(1)));
                PhoenixDimWriter writer =
                        new PhoenixDimWriter(
                                new PhoenixConnectionPool(zk, 1, Duration.ofMinutes(1)))) {
            tables.ensure(table);
            writer.write(LocalStackDims.skus(table, 1, KEYS));
        }
        client = DimLookupClient.acquire(DimLookupSettings.from(config));
        phoenix = new PhoenixConnectionPool(zk, 1, Duration.ofMinutes(1));
        lease = phoenix.lease();
        query =
                lease.connection()
                        .prepareStatement(
                                "SELECT * FROM "
                                        + PhoenixJdbc.DIM_SCHEMA
                                        + "."
                                        + LocalStackDims.TABLE
                                        + " WHERE ID = ?");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        query.close();
        lease.close();
        phoenix.close();
        client.close();
    }

    private String nextKey() {
        next = next % KEYS + 1;
        return Integer.toString(next);
    }

    @Benchmark
    public LookupResult cachedLookup() throws SQLException {
        return client.get().lookup(LocalStackDims.TABLE, "ID", nextKey());
    }

    @Benchmark
    public Map<String, String> phoenixLookupBaseline() throws SQLException {
        query.setString(1, nextKey());
        Map<String, String> row = new HashMap<>();
        try (ResultSet rs = query.executeQuery()) {
            if (rs.next()) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getString(i));
                }
            }
        }
        return row;
    }
}
