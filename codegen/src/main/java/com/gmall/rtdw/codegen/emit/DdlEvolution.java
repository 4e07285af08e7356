package com.gmall.rtdw.codegen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a live table follows its definition: a column added to the definition becomes an {@code ALTER
 * TABLE ... ADD COLUMN ... DEFAULT ... AFTER ...} line kept in the table's DDL file, which {@code
 * bin/gmall ddl apply} runs once on a table that lacks the column. Removing or retyping a column,
 * or changing the key, partition or version, is refused: ClickHouse cannot do it to a table in
 * place without losing or rewriting rows, so it is a new table and a rebuild.
 */
final class DdlEvolution {
    private final List<String> problems = new ArrayList<>();
    private final List<String> migrations = new ArrayList<>();

    /**
     * @param table the table name
     * @param file the DDL file, as the message names it
     * @param source the definition, as the message names it
     * @param previous what the committed file says the table has
     * @param columns the definition's columns and types, in order
     * @param engine the definition's ENGINE, PARTITION BY and ORDER BY lines
     */
    DdlEvolution(
            String table,
            String file,
            String source,
            DdlHistory previous,
            Map<String, String> columns,
            List<String> engine) {
        String howTo =
                " ClickHouse cannot change that in place; define a new table (another @DwsTable"
                        + " name) and fill it from the DWD topics, then retire this one. If the"
                        + " table never went live, delete "
                        + file
                        + " and regenerate.";
        previous.columns()
                .forEach(
                        (name, type) -> {
                            String now = columns.get(name);
                            if (now == null) {
                                problems.add(
                                        table
                                                + ": column "
                                                + name
                                                + " ("
                                                + type
                                                + ") of "
                                                + file
                                                + " was removed from "
                                                + source
                                                + "."
                                                + howTo);
                            } else if (!now.equals(type)) {
                                problems.add(
                                        table
                                                + ": column "
                                                + name
                                                + " was "
                                                + type
                                                + " in "
                                                + file
                                                + " and is "
                                                + now
                                                + " in "
                                                + source
                                                + "."
                                                + howTo);
                            }
                        });
        if (!previous.engine().equals(engine)) {
            problems.add(
                    table
                            + ": "
                            + String.join(" ", engine)
                            + " in "
                            + source
                            + " differs from "
                            + String.join(" ", previous.engine())
                            + " in "
                            + file
                            + "."
                            + howTo);
        }
        migrations.addAll(previous.migrations());
        String before = null;
        for (Map.Entry<String, String> column : columns.entrySet()) {
            if (!previous.columns().containsKey(column.getKey())) {
                migrations.add(addColumn(table, column.getKey(), column.getValue(), before));
            }
            before = column.getKey();
        }
    }

    /** Why the definition cannot be applied to the live table; empty when it can. */
    List<String> problems() {
        return problems;
    }

    /** Every migration of the table, the earlier ones first. */
    List<String> migrations() {
        return migrations;
    }

    private static String addColumn(String table, String column, String type, String after) {
        return "ALTER TABLE "
                + table
                + " ADD COLUMN "
                + column
                + " "
                + type
                + " DEFAULT "
                + defaultOf(type)
                + (after == null ? "" : " AFTER " + after)
                + ";";
    }

    /** What rows written before the column existed read: ClickHouse's own default of the type. */
    private static String defaultOf(String type) {
        if (type.startsWith("Nullable(")) {
            return "NULL";
        }
        return type.equals("String") ? "''" : "0";
    }
}
