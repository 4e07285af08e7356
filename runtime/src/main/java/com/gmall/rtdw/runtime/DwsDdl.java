package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the generated ClickHouse DDL ({@code ddl/clickhouse}, every table of the registry) to the
 * warehouse database: {@code bin/gmall ddl apply}, and the first step of {@code bin/gmall demo}.
 * Each statement is {@code CREATE TABLE IF NOT EXISTS}, so applying twice changes nothing.
 */
public final class DwsDdl {
    private DwsDdl() {}

    /**
     * Creates the missing tables of {@code tables} (the registry's {@code Tables.all()}); returns
     * their names.
     */
    public static List<String> apply(ClickHouseEndpoint endpoint, List<TableSpec<?>> tables)
            throws IOException {
        ClickHouseHttp http = new ClickHouseHttp(endpoint);
        List<String> names = new ArrayList<>();
        for (TableSpec<?> table : tables) {
            http.execute(table.ddl());
            names.add(table.name());
        }
        return names;
    }
}
