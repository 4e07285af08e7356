package com.gmall.rtdw.local;

import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.TableSpec;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the DWS tables back from ClickHouse, each window once ({@code FINAL}): what the demo
 * prints.
 */
public final class DwsTables {
    private final ClickHouseHttp http;

    public DwsTables(ClickHouseEndpoint endpoint) {
        this.http = new ClickHouseHttp(endpoint);
    }

    /** Rows per table, replayed windows counted once. */
    public Map<String, Long> counts() throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableSpec<?> table : Tables.all()) {
            counts.put(
                    table.name(),
                    Long.parseLong(
                            http.execute(
                                            "SELECT count() FROM "
                                                    + table.name()
                                                    + " FINAL FORMAT TSV")
                                    .trim()));
        }
        return counts;
    }

    /**
     * The latest {@code limit} windows of a table, as a text table (the table name comes from the
     * registry).
     */
    public String latest(TableSpec<?> table, int limit) throws IOException {
        return http.execute(
                "SELECT * FROM "
                        + table.name()
                        + " FINAL ORDER BY stt DESC LIMIT "
                        + limit
                        + " FORMAT PrettyCompactNoEscapes");
    }
}
