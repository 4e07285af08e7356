package com.gmall.rtdw.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.DwsDdl;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.testing.ScratchDatabases;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/gmall ddl apply} on a real ClickHouse server (Debian's 18.16 in CI): window times in
 * the shop's zone for new tables, and tables created before (no zone, or another one) migrated
 * without losing or changing a row. Each test has a database of its own.
 */
class DwsDdlITCase {
    private static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");
    private static final TableSpec<?> PROVINCES = Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW;

    /** 2031-03-01 17:00:00 UTC: already the 2nd of March in Shanghai. */
    private static final long STT = 1_930_150_800L;

    private static ScratchDatabases databases;

    @BeforeAll
    static void startServer() {
        databases = ScratchDatabases.start("ddl");
    }

    @AfterAll
    static void stopServer() {
        databases.close();
    }

    @Test
    void newTablesShowWindowsAndPartitionByDayInTheShopsZone() throws IOException {
        ClickHouseHttp http = database();
        DwsDdl.apply(endpoint(), Tables.all(), SHOP);
        insert(http, PROVINCES.name(), "p1", 1);

        for (TableSpec<?> table : Tables.all()) {
            assertThat(
                            http.execute(
                                    "SELECT DISTINCT type FROM system.columns WHERE database ="
                                            + " currentDatabase() AND table = '"
                                            + table.name()
                                            + "' AND type LIKE 'DateTime%'"))
                    .as(table.name())
                    .isEqualTo("DateTime(\\'Asia/Shanghai\\')\n");
        }
        assertThat(http.execute("SELECT toString(stt), toString(edt) FROM " + PROVINCES.name()))
                .isEqualTo("2031-03-02 01:00:00\t2031-03-02 01:00:10\n");
        assertThat(
                        http.execute(
                                "SELECT partition FROM system.parts WHERE database ="
                                        + " currentDatabase() AND active"))
                .isEqualTo("20310302\n");
    }

    @Test
    void applyingTwiceChangesNothing() throws IOException {
        ClickHouseHttp http = database();
        DwsDdl.apply(endpoint(), Tables.all(), SHOP);
        insert(http, PROVINCES.name(), "p1", 1);
        List<String> progress = new ArrayList<>();

        List<String> names = DwsDdl.apply(endpoint(), Tables.all(), SHOP, progress::add);

        assertThat(names).hasSize(Tables.all().size()).contains(PROVINCES.name());
        assertThat(progress).isEmpty();
        assertThat(rows(http, PROVINCES.name())).containsExactly(row(STT, "p1", 1));
    }

    @Test
    void aTableWithoutZoneIsMigratedWithEveryRowAndVersion() throws IOException {
        ClickHouseHttp http = database();
        http.execute(PROVINCES.ddl(SHOP).replace("DateTime('Asia/Shanghai')", "DateTime"));
        insert(http, PROVINCES.name(), "p1", 1);
        insert(http, PROVINCES.name(), "p1", 5);
        insert(http, PROVINCES.name(), "p2", 3);
        List<String> before = rows(http, PROVINCES.name());
        List<String> progress = new ArrayList<>();

        DwsDdl.apply(endpoint(), List.of(PROVINCES), SHOP, progress::add);

        assertThat(windowType(http)).isEqualTo("DateTime(\\'Asia/Shanghai\\')\n");
        assertThat(rows(http, PROVINCES.name()))
                .isEqualTo(before)
                .containsExactly(row(STT, "p1", 5), row(STT, "p2", 3));
        assertThat(http.execute("SELECT toString(stt) FROM " + PROVINCES.name() + " LIMIT 1"))
                .isEqualTo("2031-03-02 01:00:00\n");
        assertThat(progress)
                .containsExactly(
                        PROVINCES.name()
                                + ": copying 3 rows to declare window times in Asia/Shanghai",
                        PROVINCES.name() + ": window times now in the shop's zone; 3 rows");
        assertThat(http.execute("SHOW TABLES")).isEqualTo(PROVINCES.name() + "\n");
    }

    @Test
    void anotherZoneIsMigratedToo() throws IOException {
        ClickHouseHttp http = database();
        DwsDdl.apply(endpoint(), List.of(PROVINCES), ZoneId.of("UTC"));
        insert(http, PROVINCES.name(), "p1", 1);

        DwsDdl.apply(endpoint(), List.of(PROVINCES), SHOP);

        assertThat(windowType(http)).isEqualTo("DateTime(\\'Asia/Shanghai\\')\n");
        assertThat(rows(http, PROVINCES.name())).containsExactly(row(STT, "p1", 1));
    }

    /**
     * A run stopped after the swap, before the old table's late rows were copied: what the jobs
     * wrote to the old table during the first copy, a new key and a newer version, is copied by the
     * next run, and an older version does not replace a newer one.
     */
    @Test
    void anInterruptedMigrationIsFinishedWithTheRowsWrittenDuringTheCopy() throws IOException {
        ClickHouseHttp http = database();
        // the state of an interrupted run: the new table in place with the first copy's rows,
        // the old one renamed aside with what was written to it meanwhile
        http.execute(PROVINCES.ddl(SHOP));
        insert(http, PROVINCES.name(), "p1", 1);
        insert(http, PROVINCES.name(), "p3", 7);
        insert(http, PROVINCES.name(), "p4", 8);
        String old = PROVINCES.name() + "__before_zone";
        http.execute(PROVINCES.ddl(old, SHOP).replace("DateTime('Asia/Shanghai')", "DateTime"));
        insert(http, old, "p1", 1);
        insert(http, old, "p2", 2);
        insert(http, old, "p3", 9);
        insert(http, old, "p4", 4);
        List<String> progress = new ArrayList<>();

        DwsDdl.apply(endpoint(), List.of(PROVINCES), SHOP, progress::add);

        assertThat(rows(http, PROVINCES.name()))
                .containsExactly(
                        row(STT, "p1", 1), row(STT, "p2", 2), row(STT, "p3", 9), row(STT, "p4", 8));
        assertThat(progress.get(0)).contains("finishing the zone migration");
        assertThat(http.execute("SHOW TABLES")).isEqualTo(PROVINCES.name() + "\n");
    }

    @Test
    void anOffsetIsRefusedBeforeItReachesDdl() {
        assertThatThrownBy(() -> PROVINCES.ddl(ZoneOffset.ofHours(8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'+08:00' cannot be declared in ClickHouse DDL");
    }

    private static ClickHouseEndpoint endpoint() {
        return databases.endpoint();
    }

    private static ClickHouseHttp database() {
        return databases.next();
    }

    private static void insert(ClickHouseHttp http, String table, String province, long version)
            throws IOException {
        http.execute(
                "INSERT INTO "
                        + table
                        + " (stt, edt, province_id, province_name, order_count, order_amount, ts)"
                        + " VALUES (toDateTime("
                        + STT
                        + "), toDateTime("
                        + (STT + 10)
                        + "), '"
                        + province
                        + "', 'name', "
                        + version
                        + ", 1.5, "
                        + version
                        + ")");
    }

    /** Every row as ReplacingMergeTree keeps it, window times as epoch seconds. */
    private static List<String> rows(ClickHouseHttp http, String table) throws IOException {
        return List.of(
                http.execute(
                                "SELECT toUnixTimestamp(stt), province_id, ts FROM "
                                        + table
                                        + " FINAL ORDER BY province_id")
                        .split("\n"));
    }

    private static String row(long stt, String province, long version) {
        return stt + "\t" + province + "\t" + version;
    }

    private static String windowType(ClickHouseHttp http) throws IOException {
        return http.execute(
                "SELECT type FROM system.columns WHERE database = currentDatabase() AND table = '"
                        + PROVINCES.name()
                        + "' AND name = 'stt'");
    }
}
