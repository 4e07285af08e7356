package com.gmall.rtdw.bench;

import com.gmall.rtdw.jobs.dim.DimTable;
import com.gmall.rtdw.jobs.dim.DimWrite;
import com.gmall.rtdw.jobs.dim.PhoenixConnectionPool;
import com.gmall.rtdw.jobs.dim.PhoenixDimTables;
import com.gmall.rtdw.jobs.dim.PhoenixDimWriter;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Dim rows per second into Phoenix with DimApp's writer: a batch of {@value #ROWS} rows under one
 * commit (what DimSink does) against one commit per row (what the reference's auto-committing sink
 * did), same rows, same table, same connection.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DimUpsertBenchmark {
    static final int ROWS = 1000;

    private PhoenixDimWriter writer;
    private List<DimWrite> rows;

    @Setup(Level.Trial)
    public void connect() throws Exception {
        GmallConfig config = LocalStackDims.config();
        String zk = config.get(GmallOptions.PHOENIX_ZK_QUORUM);
        DimTable table = LocalStackDims.table();
        try (PhoenixDimTables tables =
                new PhoenixDimTables(new PhoenixConnectionPool(zk, 1, Duration.ofMinutes(1)))) {
            tables.ensure(table);
        }
        writer = new PhoenixDimWriter(PhoenixDimWriter.pool(zk, ROWS));
        rows = LocalStackDims.skus(table, 1, ROWS);
    }

    @TearDown(Level.Trial)
    public void close() {
        writer.close();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void batchedCommit() throws SQLException {
        writer.write(rows);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void commitPerRowBaseline() throws SQLException {
        for (DimWrite row : rows) {
            writer.write(List.of(row));
        }
    }
}
