package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How soon each DWS table's newest window could be read: from the window's end to its first row in
 * ClickHouse. A window's rows carry their emission time as version ({@code ts}, ms), and the
 * unmerged rows still hold the first one, so the least {@code ts} of the newest window is when it
 * was first written. (Once ClickHouse merges a part only the last version is left: a window written
 * again much later, for a late record, then shows that later time. The newest window is rarely
 * merged yet.)
 */
public final class DwsFreshness {
    /**
     * One table's newest window.
     *
     * @param table the table
     * @param windowEnd the newest window's end, epoch seconds
     * @param firstRowDelaySeconds from that end to its first row (negative never: rows come after)
     */
    public record Table(String table, long windowEnd, double firstRowDelaySeconds) {}

    private final ClickHouseHttp http;
    private final List<String> tables;

    /**
     * @param tables table names from the project's registry (not from data: they go into SQL)
     */
    public DwsFreshness(ClickHouseEndpoint endpoint, List<String> tables) {
        for (String table : tables) {
            Identifiers.require("table", table);
        }
        this.http = new ClickHouseHttp(endpoint);
        this.tables = List.copyOf(tables);
    }

    /** Every table with rows, in the order given; an empty table has no newest window. */
    public List<Table> read() throws IOException {
        List<Table> read = new ArrayList<>();
        for (String table : tables) {
            parse(table, http.execute(query(table))).ifPresent(read::add);
        }
        return read;
    }

    /**
     * Every window of {@code table} that ended in [{@code fromSecond}, {@code toSecond}) (epoch
     * seconds), oldest first, each with its first row's delay.
     */
    public List<Table> windows(String table, long fromSecond, long toSecond) throws IOException {
        if (!tables.contains(table)) {
            throw new IllegalArgumentException(table + " is not one of " + tables);
        }
        List<Table> windows = new ArrayList<>();
        String answer =
                http.execute(
                        "SELECT toUInt32(edt), min(ts) FROM "
                                + table
                                + " WHERE edt >= toDateTime("
                                + fromSecond
                                + ") AND edt < toDateTime("
                                + toSecond
                                + ") GROUP BY edt ORDER BY edt FORMAT TabSeparated");
        for (String line : answer.split("\n")) {
            parse(table, line).ifPresent(windows::add);
        }
        return windows;
    }

    /** Valid on ClickHouse 18.16 and current versions (a scalar subquery, no FINAL). */
    static String query(String table) {
        return "SELECT toUInt32(edt), min(ts) FROM "
                + table
                + " WHERE edt = (SELECT max(edt) FROM "
                + table
                + ") GROUP BY edt FORMAT TabSeparated";
    }

    static Optional<Table> parse(String table, String tabSeparated) {
        String line = tabSeparated.strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        String[] fields = line.split("\t");
        if (fields.length != 2) {
            throw new IllegalStateException(
                    String.format(
                            Locale.ROOT, "%s: unexpected freshness answer `%s`", table, line));
        }
        long end = Long.parseLong(fields[0]);
        long firstWrittenMs = Long.parseLong(fields[1]);
        return Optional.of(new Table(table, end, (firstWrittenMs - end * 1000) / 1000.0));
    }

    /**
     * The table a DWS job writes: its name in snake case ({@code DwsTradeOrderWindow} writes {@code
     * dws_trade_order_window}).
     */
    public static String tableOfJob(String job) {
        return job.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
