package com.gmall.rtdw.runtime;

import com.gmall.rtdw.registry.Tables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the generated ClickHouse DDL ({@code ddl/clickhouse}, every table of the registry) to the warehouse
 * database: {@code bin/gmall ddl apply}, and the first step of {@code bin/gmall demo}. Each statement is
 * {@code CREATE TABLE IF NOT EXISTS}, so applying twice changes nothing.
 */
public final class DwsDdl {
    private DwsDdl() {}

    /** Creates the missing tables; returns the names of all tables. */
    public static List<String> apply(ClickHouseEndpoint endpoint) throws IOException {
        ClickHouseHttp http = new ClickHouseHttp(endpoint);
        List<String> names = new ArrayList<>();
        for (TableSpec<?> table : Tables.all()) {
            http.execute(table.ddl());
            names.add(table.name());
        }
        return names;
    }
}
