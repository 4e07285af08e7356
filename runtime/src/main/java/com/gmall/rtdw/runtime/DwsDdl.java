package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies the generated ClickHouse DDL ({@code ddl/clickhouse}, every table of the registry) to the
 * warehouse database: {@code bin/gmall ddl apply}, and the first step of {@code bin/gmall demo}. A
 * missing table is created with its window times in the shop's zone; an existing one whose window
 * columns declare another zone, or none, is migrated ({@link WindowZoneMigration}); the others are
 * left as they are, so applying twice changes nothing.
 */
public final class DwsDdl {
    private DwsDdl() {}

    /** {@link #apply(ClickHouseEndpoint, List, ZoneId, Consumer)} without progress lines. */
    public static List<String> apply(
            ClickHouseEndpoint endpoint, List<TableSpec<?>> tables, ZoneId zone)
            throws IOException {
        return apply(endpoint, tables, zone, line -> {});
    }

    /**
     * Creates or migrates the tables of {@code tables} (the registry's {@code Tables.all()}) with
     * window times in {@code zone} (configuration: {@code warehouse.time-zone}); returns their
     * names. A migration reports its steps to {@code progress}.
     */
    public static List<String> apply(
            ClickHouseEndpoint endpoint,
            List<TableSpec<?>> tables,
            ZoneId zone,
            Consumer<String> progress)
            throws IOException {
        ClickHouseHttp http = new ClickHouseHttp(endpoint);
        ClickHouseCatalog catalog = ClickHouseCatalog.read(http);
        WindowZoneMigration migration = new WindowZoneMigration(http, progress);
        String windowType = TableDdl.windowType(zone);
        List<String> names = new ArrayList<>();
        for (TableSpec<?> table : tables) {
            String name = table.name();
            List<String> columns = copied(table, catalog.columns(name));
            if (!catalog.exists(name)) {
                http.execute(table.ddl(zone));
            } else if (catalog.exists(name + WindowZoneMigration.OLD_SUFFIX)) {
                progress.accept(name + ": finishing the zone migration a former run began");
                migration.finish(table, columns);
            } else if (hasWindowsInAnotherZone(catalog.columns(name), windowType)) {
                migration.migrate(table, columns, zone);
            } else {
                addMissingColumns(http, table, catalog.columns(name), zone, progress);
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Runs each migration of {@code table} whose column the live table lacks (18.16 has no {@code
     * ADD COLUMN IF NOT EXISTS}); a column missing with no migration to add it is an error.
     */
    private static void addMissingColumns(
            ClickHouseHttp http,
            TableSpec<?> table,
            Map<String, String> existing,
            ZoneId zone,
            Consumer<String> progress)
            throws IOException {
        Set<String> present = new HashSet<>(existing.keySet());
        for (TableDdl.AddedColumn added : table.addedColumns(zone)) {
            if (present.add(added.column())) {
                http.execute(added.statement());
                progress.accept(table.name() + ": added column " + added.column());
            }
        }
        List<String> missing =
                table.writer().columns().stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    table.name()
                            + " in ClickHouse lacks "
                            + missing
                            + ", and no migration in "
                            + table.ddlResource()
                            + " adds them: the table was not made from this project's DDL");
        }
    }

    /**
     * Whether a window column is typed other than {@code windowType}; the window start and end are
     * the only DateTime columns of a DWS table.
     */
    private static boolean hasWindowsInAnotherZone(Map<String, String> columns, String windowType) {
        return columns.values().stream()
                .anyMatch(type -> type.startsWith("DateTime") && !type.equals(windowType));
    }

    /** The columns a copy carries: the table's columns that its definition still has. */
    private static List<String> copied(TableSpec<?> table, Map<String, String> existing) {
        return table.writer().columns().stream().filter(existing::containsKey).toList();
    }
}
