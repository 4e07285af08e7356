package com.gmall.rtdw.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.model.dws.TradeProvinceOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.ClickHouseHttpInserter;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.testing.ClickHouseTestServer;
import com.gmall.rtdw.testing.DwsRows;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against a real ClickHouse server (Debian's 18.16 in CI): every generated DDL file applies;
 * 100,000 rows per DWS table written with the generated RowBinary writers read back through
 * clickhouse-jdbc equal, field by field; and writing the same rows again leaves {@code SELECT ...
 * FINAL} unchanged (a replayed window overwrites itself).
 */
class ClickHouseWritersITCase {
    private static final int ROWS = 100_000;
    private static final String DATABASE = "gmall_rtdw";

    /** The demo's shop zone: window columns declare it. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static ClickHouseTestServer server;
    private static ClickHouseEndpoint endpoint;

    @BeforeAll
    static void startServerAndApplyDdl() throws IOException {
        server =
                ClickHouseTestServer.start(
                        Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath());
        server.query("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        endpoint = new ClickHouseEndpoint(server.httpUrl(), DATABASE, "default", "");
        ClickHouseHttp http = new ClickHouseHttp(endpoint);
        for (TableSpec<?> table : Tables.all()) {
            http.execute(table.ddl(ZONE));
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    static Stream<TableSpec<?>> tables() {
        return Tables.all().stream();
    }

    @ParameterizedTest
    @MethodSource("tables")
    <T> void writtenRowsReadBackEqualAndReplaysOverwrite(TableSpec<T> table) throws Exception {
        Map<String, String> types = columnTypes(table.name());
        assertThat(types.keySet())
                .as("server columns of %s", table)
                .containsExactlyElementsOf(table.writer().columns());
        List<T> rows = DwsRows.generate(table.rowType(), ROWS, table.name().hashCode(), types);

        write(table, rows);
        assertThat(readBack(table, types, false))
                .as("first write")
                .isEqualTo(expected(table, rows, types));

        write(table, rows);
        assertThat(readBack(table, types, true))
                .as("after a replay, with FINAL")
                .isEqualTo(expected(table, rows, types));
    }

    private static <T> void write(TableSpec<T> table, List<T> rows) throws IOException {
        ClickHouseHttpInserter<T> inserter =
                new ClickHouseHttpInserter<>(endpoint, table.writer(), 20_000);
        for (T row : rows) {
            inserter.add(row);
        }
        inserter.flush();
        assertThat(inserter.pendingRows()).isZero();
    }

    /**
     * The rows as the server should return them: one list of column values per row, sorted by
     * window start.
     */
    private static List<List<Object>> expected(
            TableSpec<?> table, List<?> rows, Map<String, String> types)
            throws IllegalAccessException {
        List<Field> fields = DwsRows.columnFields(table.rowType(), types);
        List<List<Object>> out = new ArrayList<>();
        for (Object row : rows) {
            List<Object> values = new ArrayList<>();
            for (Field f : fields) {
                Object v = f.get(row);
                String type = types.get(DwsRows.snakeCase(f.getName()));
                values.add(
                        type.startsWith("DateTime")
                                ? (Long) v / 1000
                                : v instanceof BigDecimal d ? d.toPlainString() : v);
            }
            out.add(values);
        }
        return out;
    }

    private static List<List<Object>> readBack(
            TableSpec<?> table, Map<String, String> types, boolean fin) throws SQLException {
        List<String> select = new ArrayList<>();
        types.forEach(
                (column, type) ->
                        select.add(
                                type.startsWith("DateTime")
                                        ? "toUnixTimestamp(" + column + ")"
                                        : type.startsWith("Decimal")
                                                ? "toString(" + column + ")"
                                                : column));
        String sql =
                "SELECT "
                        + String.join(", ", select)
                        + " FROM "
                        + table.name()
                        + (fin ? " FINAL" : "")
                        + " ORDER BY stt";
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> columnTypes = new ArrayList<>(types.values());
            while (rs.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < columnTypes.size(); i++) {
                    values.add(read(rs, i + 1, columnTypes.get(i)));
                }
                out.add(values);
            }
        }
        return out;
    }

    private static Object read(ResultSet rs, int index, String type) throws SQLException {
        return switch (type) {
            case "UInt64", "Int64" -> rs.getLong(index);
            case "Int32" -> rs.getInt(index);
            case "Float64" -> rs.getDouble(index);
            default ->
                    type.startsWith("DateTime")
                            ? rs.getLong(index)
                            : type.startsWith("Decimal")
                                    ? new BigDecimal(rs.getString(index))
                                            .setScale(decimalScale(type))
                                            .toPlainString()
                                    : rs.getString(index);
        };
    }

    /**
     * The legacy ru.yandex driver explicitly: the 0.3.2 jar also registers the new com.clickhouse
     * driver, whose connection set-up calls functions ClickHouse 18.16 does not have.
     */
    private static Connection connect() throws SQLException {
        return new ru.yandex.clickhouse.ClickHouseDataSource(server.jdbcUrl(DATABASE))
                .getConnection();
    }

    /** The scale of a {@code Decimal(p, s)} type as the server reports it. */
    private static int decimalScale(String type) {
        return Integer.parseInt(type.substring(type.indexOf(',') + 1, type.indexOf(')')).trim());
    }

    @Test
    void aRejectedRowIsTakenBackAndTheBatchStaysAligned() throws Exception {
        ClickHouseEndpoint scratch = scratchDatabase("gmall_rejected_row");
        new ClickHouseHttp(scratch).execute(Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.ddl(ZONE));
        ClickHouseHttpInserter<TradeProvinceOrderWindow> inserter =
                new ClickHouseHttpInserter<>(
                        scratch, Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.writer(), 100);

        inserter.add(province("11", "1.10"));
        assertThatThrownBy(() -> inserter.add(province("12", "1.005")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order_amount: 1.005 has more than 2");
        inserter.add(province("13", "3.30"));
        assertThat(inserter.flush()).isEqualTo(2);

        assertThat(
                        new ClickHouseHttp(scratch)
                                .execute(
                                        "SELECT province_id, order_amount FROM dws_trade_province_order_window ORDER BY province_id"))
                .isEqualTo("11\t1.10\n13\t3.30\n");
    }

    @Test
    void aRefusedBatchStaysPendingUntilItCanBeWritten() throws Exception {
        ClickHouseEndpoint scratch = scratchDatabase("gmall_refused_batch");
        ClickHouseHttpInserter<TradeProvinceOrderWindow> inserter =
                new ClickHouseHttpInserter<>(
                        scratch, Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.writer(), 100);
        inserter.add(province("21", "2.10"));

        assertThatThrownBy(inserter::flush)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("refused `INSERT INTO dws_trade_province_order_window")
                .hasMessageContaining("doesn't exist");
        assertThat(inserter.pendingRows()).isEqualTo(1);

        new ClickHouseHttp(scratch).execute(Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.ddl(ZONE));
        assertThat(inserter.flush()).isEqualTo(1);
        assertThat(
                        new ClickHouseHttp(scratch)
                                .execute("SELECT count() FROM dws_trade_province_order_window"))
                .isEqualTo("1\n");
    }

    @Test
    void credentialsAreSent() {
        ClickHouseEndpoint wrong =
                new ClickHouseEndpoint(server.httpUrl(), DATABASE, "default", "not-the-password");
        assertThatThrownBy(() -> new ClickHouseHttp(wrong).execute("SELECT 1"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Wrong password for user default");
    }

    private static ClickHouseEndpoint scratchDatabase(String name) throws IOException {
        server.query("CREATE DATABASE IF NOT EXISTS " + name);
        return new ClickHouseEndpoint(server.httpUrl(), name, "default", "");
    }

    private static TradeProvinceOrderWindow province(String id, String amount) {
        TradeProvinceOrderWindow row = new TradeProvinceOrderWindow();
        row.stt = 1_700_000_000_000L;
        row.edt = row.stt + 10_000;
        row.provinceId = id;
        row.provinceName = "p" + id;
        row.orderCount = 1;
        row.orderAmount = new BigDecimal(amount);
        row.ts = 1;
        return row;
    }

    private static Map<String, String> columnTypes(String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT name, type FROM system.columns WHERE database = '"
                                        + DATABASE
                                        + "' AND table = '"
                                        + table
                                        + "'")) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
            }
        }
        return types;
    }
}
