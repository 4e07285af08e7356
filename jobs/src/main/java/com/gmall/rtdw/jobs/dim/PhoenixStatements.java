package com.gmall.rtdw.jobs.dim;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Phoenix statements of a validated dim table. Names come only from a {@link DimTable}
 * (validated identifiers); values are always {@code ?} parameters, bound by the caller. All columns
 * are VARCHAR, as topic_db carries every value as text.
 */
public final class PhoenixStatements {
    private final String schema;

    /**
     * @param schema the Phoenix schema (HBase namespace) of the dim tables, e.g. {@code
     *     GMALL_REALTIME}
     */
    public PhoenixStatements(String schema) {
        this.schema = schema;
    }

    public String createTable(DimTable t) {
        String columns =
                t.columns().stream()
                        .map(
                                c ->
                                        upper(c)
                                                + " VARCHAR"
                                                + (c.equals(t.primaryKey()) ? " PRIMARY KEY" : ""))
                        .collect(Collectors.joining(", "));
        return "CREATE TABLE IF NOT EXISTS "
                + qualified(t)
                + " ("
                + columns
                + ")"
                + (t.options().isEmpty() ? "" : " " + t.options());
    }

    /** Adds columns that a changed configuration row names and the table lacks (defect D2). */
    public String addColumns(DimTable t, List<String> newColumns) {
        return "ALTER TABLE "
                + qualified(t)
                + " ADD IF NOT EXISTS "
                + newColumns.stream()
                        .map(c -> upper(c) + " VARCHAR")
                        .collect(Collectors.joining(", "));
    }

    /** Parameters: the columns' values in {@link DimTable#columns()} order. */
    public String upsert(DimTable t) {
        return "UPSERT INTO "
                + qualified(t)
                + " ("
                + t.columns().stream()
                        .map(PhoenixStatements::upper)
                        .collect(Collectors.joining(", "))
                + ") VALUES ("
                + "?, ".repeat(t.columns().size() - 1)
                + "?)";
    }

    /** Parameter: the primary key's value (defect D4: deletes reach Phoenix too). */
    public String delete(DimTable t) {
        return "DELETE FROM " + qualified(t) + " WHERE " + upper(t.primaryKey()) + " = ?";
    }

    /** Columns of {@code now} that {@code before} did not have, in configured order. */
    public static List<String> newColumns(DimTable before, DimTable now) {
        return now.columns().stream().filter(c -> !before.columns().contains(c)).toList();
    }

    private String qualified(DimTable t) {
        return schema + "." + t.sinkTable();
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
