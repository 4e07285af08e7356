package com.gmall.rtdw.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.ClickHouseRefusedException;
import com.gmall.rtdw.runtime.DwsDdl;
import com.gmall.rtdw.runtime.RowBinaryOutput;
import com.gmall.rtdw.runtime.RowBinaryTableWriter;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.testing.ScratchDatabases;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A DWS definition that gained two columns after its table went live, on a real ClickHouse server
 * (Debian's 18.16 in CI): {@code bin/gmall ddl apply} adds them once with their defaults; the old
 * job version's inserts (without them) keep working against the migrated table, and the new
 * version's are refused, with what to do, until the migration ran. Each test has a database of its
 * own.
 */
class DwsColumnMigrationITCase {
    private static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");
    private static final String TABLE = "dws_evolution_window";
    private static final List<String> OLD_COLUMNS = List.of("stt", "edt", "region", "cnt", "ts");
    private static final List<String> NEW_COLUMNS =
            List.of("stt", "edt", "region", "cnt", "visits", "note", "ts");
    private static final TableSpec<Object> EVOLVED =
            new TableSpec<>(
                    TABLE,
                    Object.class,
                    new ColumnsOnly(NEW_COLUMNS),
                    "ddl/evolution/" + TABLE + ".sql",
                    List.of("stt", "edt", "region"),
                    "ts");

    private static ScratchDatabases databases;

    @BeforeAll
    static void startServer() {
        databases = ScratchDatabases.start("evolution");
    }

    @AfterAll
    static void stopServer() {
        databases.close();
    }

    @Test
    void addedColumnsAreAddedOnceAndTheOldJobVersionKeepsWriting() throws IOException {
        ClickHouseHttp http = database();
        createAsBefore(http, "visits", "note");
        http.execute(insert(OLD_COLUMNS, "'north', 3, 1"));
        List<String> progress = new ArrayList<>();

        DwsDdl.apply(endpoint(), List.of(EVOLVED), SHOP, progress::add);

        assertThat(progress)
                .containsExactly(TABLE + ": added column visits", TABLE + ": added column note");
        assertThat(
                        http.execute(
                                "SELECT name FROM system.columns WHERE database ="
                                        + " currentDatabase() AND table = '"
                                        + TABLE
                                        + "'"))
                .isEqualTo(String.join("\n", NEW_COLUMNS) + "\n");
        http.execute(insert(OLD_COLUMNS, "'south', 4, 1"));
        http.execute(insert(NEW_COLUMNS, "'east', 5, 7, 'new', 1"));
        assertThat(
                        http.execute(
                                "SELECT region, cnt, visits, note FROM "
                                        + TABLE
                                        + " FINAL ORDER BY region"))
                .isEqualTo("east\t5\t7\tnew\nnorth\t3\t0\t\\N\nsouth\t4\t0\t\\N\n");

        progress.clear();
        DwsDdl.apply(endpoint(), List.of(EVOLVED), SHOP, progress::add);
        assertThat(progress).isEmpty();
    }

    @Test
    void onlyTheMissingColumnIsAdded() throws IOException {
        ClickHouseHttp http = database();
        createAsBefore(http, "note");
        List<String> progress = new ArrayList<>();

        DwsDdl.apply(endpoint(), List.of(EVOLVED), SHOP, progress::add);

        assertThat(progress).containsExactly(TABLE + ": added column note");
    }

    @Test
    void theNewJobVersionIsRefusedUntilTheMigrationRan() throws IOException {
        ClickHouseHttp http = database();
        createAsBefore(http, "visits", "note");

        assertThatThrownBy(() -> http.execute(insert(NEW_COLUMNS, "'east', 5, 7, 'new', 1")))
                .isInstanceOf(ClickHouseRefusedException.class)
                .hasMessageContaining("No such column visits")
                .hasMessageContaining("`bin/gmall ddl apply` adds it");
    }

    @Test
    void aColumnMissingWithoutAMigrationIsAnError() throws IOException {
        ClickHouseHttp http = database();
        createAsBefore(http, "cnt");

        assertThatThrownBy(() -> DwsDdl.apply(endpoint(), List.of(EVOLVED), SHOP))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TABLE + " in ClickHouse lacks [cnt]");
    }

    /** The table as the definition made it before {@code added} were added to it. */
    private static void createAsBefore(ClickHouseHttp http, String... added) throws IOException {
        String ddl = EVOLVED.ddl(SHOP);
        for (String column : added) {
            ddl = ddl.replaceAll("\n    " + column + " [^\n]*", "");
        }
        http.execute(ddl);
    }

    private static String insert(List<String> columns, String values) {
        return "INSERT INTO "
                + TABLE
                + " ("
                + String.join(", ", columns)
                + ") VALUES (toDateTime(1930150800), toDateTime(1930150810), "
                + values
                + ")";
    }

    private static ClickHouseEndpoint endpoint() {
        return databases.endpoint();
    }

    private static ClickHouseHttp database() {
        return databases.next();
    }

    /** A writer that only names its columns: these tests write with SQL. */
    private record ColumnsOnly(List<String> columns) implements RowBinaryTableWriter<Object> {
        @Override
        public String table() {
            return TABLE;
        }

        @Override
        public void write(Object row, RowBinaryOutput out) {
            throw new UnsupportedOperationException("not used by these tests");
        }
    }
}
