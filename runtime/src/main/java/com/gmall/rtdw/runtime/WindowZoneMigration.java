package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Brings an existing DWS table's window columns ({@code stt}, {@code edt}) to the shop's zone, for
 * tables created before the DDL declared it (their times showed in the server's zone) or under
 * another {@code warehouse.time-zone}. The stored values (UTC seconds) do not change; the type, the
 * display and the day {@code toYYYYMMDD(stt)} partitions by do.
 *
 * <p>ClickHouse cannot ALTER a key column (18.16 refuses; a changed partition key would also split
 * a window's versions across partitions, where ReplacingMergeTree never merges them), so the table
 * is copied into one with the new DDL and swapped in:
 *
 * <ol>
 *   <li>create {@code <table>__zone}, dropping what an interrupted run left of it;
 *   <li>copy every row into it;
 *   <li>{@code RENAME TABLE t TO t__before_zone, t__zone TO t}, which waits for inserts in flight,
 *       so nothing reaches the old table afterwards;
 *   <li>copy again each row of the old table whose key the new one lacks or holds at an older
 *       version: what the jobs wrote during step 2;
 *   <li>check that no such row is left, then drop the old table.
 * </ol>
 *
 * A run interrupted after step 3 is finished by the next one (steps 4 and 5). Rows written twice
 * are the same version of the same key: ReplacingMergeTree keeps one.
 */
final class WindowZoneMigration {
    static final String COPY_SUFFIX = "__zone";
    static final String OLD_SUFFIX = "__before_zone";

    private final ClickHouseHttp http;
    private final Consumer<String> progress;

    WindowZoneMigration(ClickHouseHttp http, Consumer<String> progress) {
        this.http = http;
        this.progress = progress;
    }

    /** Steps 1 to 5 for {@code table}, whose columns are {@code columns} today. */
    void migrate(TableSpec<?> table, List<String> columns, ZoneId zone) throws IOException {
        String name = table.name();
        String copy = name + COPY_SUFFIX;
        String old = name + OLD_SUFFIX;
        http.execute("DROP TABLE IF EXISTS " + copy);
        http.execute(table.ddl(copy, zone));
        String list = String.join(", ", columns);
        progress.accept(
                name + ": copying " + count(name) + " rows to declare window times in " + zone);
        http.execute("INSERT INTO " + copy + " (" + list + ") SELECT " + list + " FROM " + name);
        http.execute("RENAME TABLE " + name + " TO " + old + ", " + copy + " TO " + name);
        finish(table, columns);
    }

    /** Steps 4 and 5: the old table is already renamed to {@code <table>__before_zone}. */
    void finish(TableSpec<?> table, List<String> columns) throws IOException {
        String name = table.name();
        String old = name + OLD_SUFFIX;
        String list = String.join(", ", columns);
        http.execute(
                "INSERT INTO " + name + " (" + list + ") SELECT " + list + missingFromNew(table));
        long missing =
                Long.parseLong(http.execute("SELECT count()" + missingFromNew(table)).strip());
        if (missing != 0) {
            throw new IllegalStateException(
                    name
                            + ": "
                            + missing
                            + " rows of "
                            + old
                            + " are still missing from "
                            + name
                            + " after the copy; "
                            + old
                            + " is kept, run `bin/gmall ddl apply` again");
        }
        http.execute("DROP TABLE " + old);
        progress.accept(name + ": window times now in the shop's zone; " + count(name) + " rows");
    }

    /**
     * The latest version of each key of the old table that the new one lacks (a join finds no
     * version: 0) or holds at an older version.
     */
    private static String missingFromNew(TableSpec<?> table) {
        String key = String.join(", ", table.key());
        String version = table.version();
        return " FROM "
                + table.name()
                + OLD_SUFFIX
                + " FINAL ANY LEFT JOIN (SELECT "
                + key
                + ", "
                + version
                + " AS migrated_version FROM "
                + table.name()
                + " FINAL) USING ("
                + key
                + ") WHERE migrated_version < "
                + version;
    }

    private long count(String table) throws IOException {
        return Long.parseLong(http.execute("SELECT count() FROM " + table).strip());
    }
}
