package com.gmall.rtdw.bench;

import com.gmall.rtdw.model.dws.TradeProvinceOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.ClickHouseHttpInserter;
import com.gmall.rtdw.runtime.RowBinaryOutput;
import com.gmall.rtdw.testing.ClickHouseTestServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Rows per second into a real ClickHouse (started for the run, on loopback): the generated
 * RowBinary writer against the reference's reflection-bound JDBC batch, same table, same rows, same
 * batch size. Measured twice: the client side alone (encoding vs binding, what the generator
 * changes) and end to end (including the server's insert, which costs both paths the same).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClickHouseInsertBenchmark {
    static final int BATCH = 10_000;
    private static final DateTimeFormatter TEXT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private ClickHouseTestServer server;
    private ClickHouseHttpInserter<TradeProvinceOrderWindow> inserter;
    private Connection jdbc;
    private PreparedStatement referenceStatement;
    private final RowBinaryOutput encoded = new RowBinaryOutput(1 << 20);
    private List<TradeProvinceOrderWindow> rows;
    private List<ReferenceJdbcBinder.ProvinceOrderBean> referenceRows;

    @Setup(Level.Trial)
    public void startClickHouse() throws IOException, SQLException {
        server =
                ClickHouseTestServer.start(
                        Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath());
        server.query("CREATE DATABASE IF NOT EXISTS gmall_rtdw");
        ClickHouseEndpoint endpoint =
                new ClickHouseEndpoint(server.httpUrl(), "gmall_rtdw", "default", "");
        new ClickHouseHttp(endpoint)
                .execute(Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.ddl(ZoneId.of("UTC")));
        inserter =
                new ClickHouseHttpInserter<>(
                        endpoint, Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.writer(), BATCH + 1);
        jdbc =
                new ru.yandex.clickhouse.ClickHouseDataSource(server.jdbcUrl("gmall_rtdw"))
                        .getConnection();
        makeRows();
        referenceStatement =
                ReferenceJdbcBinder.prepare(
                        jdbc,
                        Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.name(),
                        ReferenceJdbcBinder.ProvinceOrderBean.class);
    }

    private void makeRows() {
        Random random = new Random(7);
        rows = new ArrayList<>();
        referenceRows = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            TradeProvinceOrderWindow row = new TradeProvinceOrderWindow();
            row.stt = 1_700_000_000_000L + i * 10_000L;
            row.edt = row.stt + 10_000L;
            row.provinceId = Integer.toString(1 + random.nextInt(34));
            row.provinceName = "省份" + row.provinceId;
            row.orderCount = random.nextInt(500);
            row.orderAmount = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            row.ts = 1_800_000_000_000L + i;
            rows.add(row);
            ReferenceJdbcBinder.ProvinceOrderBean bean =
                    new ReferenceJdbcBinder.ProvinceOrderBean();
            bean.stt = TEXT.format(Instant.ofEpochMilli(row.stt));
            bean.edt = TEXT.format(Instant.ofEpochMilli(row.edt));
            bean.provinceId = row.provinceId;
            bean.provinceName = row.provinceName;
            bean.orderCount = row.orderCount;
            bean.orderAmount = row.orderAmount.doubleValue();
            bean.ts = row.ts;
            referenceRows.add(bean);
        }
    }

    @TearDown(Level.Trial)
    public void stopClickHouse() throws SQLException {
        referenceStatement.close();
        jdbc.close();
        server.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int encodeGeneratedRowBinary() {
        encoded.reset();
        for (TradeProvinceOrderWindow row : rows) {
            Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.writer().write(row, encoded);
        }
        return encoded.size();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int bindReflectionJdbcBaseline() throws SQLException, IllegalAccessException {
        ReferenceJdbcBinder.bind(referenceStatement, referenceRows);
        referenceStatement.clearBatch();
        return referenceRows.size();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int generatedRowBinaryOverHttp() throws IOException {
        for (TradeProvinceOrderWindow row : rows) {
            inserter.add(row);
        }
        return inserter.flush();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int reflectionJdbcBatchBaseline() throws SQLException, IllegalAccessException {
        ReferenceJdbcBinder.insert(
                jdbc, Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.name(), referenceRows);
        return referenceRows.size();
    }
}
