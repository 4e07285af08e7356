package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables of the warehouse database and their columns' types, as {@code system.columns} listed
 * them when read. One query for the whole database, so no table name has to reach SQL text.
 */
final class ClickHouseCatalog {
    private final Map<String, Map<String, String>> columnsByTable;

    private ClickHouseCatalog(Map<String, Map<String, String>> columnsByTable) {
        this.columnsByTable = columnsByTable;
    }

    static ClickHouseCatalog read(ClickHouseHttp http) throws IOException {
        return parse(
                http.execute(
                        "SELECT table, name, type FROM system.columns"
                                + " WHERE database = currentDatabase() FORMAT TabSeparated"));
    }

    static ClickHouseCatalog parse(String tabSeparated) {
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        for (String line : tabSeparated.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw new IllegalStateException("unexpected system.columns line `" + line + "`");
            }
            // TabSeparated escapes a quote in a type as \' (DateTime(\'UTC\'))
            String type = fields[2].replace("\\'", "'");
            columns.computeIfAbsent(fields[0], t -> new LinkedHashMap<>()).put(fields[1], type);
        }
        return new ClickHouseCatalog(columns);
    }

    boolean exists(String table) {
        return columnsByTable.containsKey(table);
    }

    /** The columns of {@code table} in their order, with their types; empty if it is missing. */
    Map<String, String> columns(String table) {
        return columnsByTable.getOrDefault(table, Map.of());
    }
}
