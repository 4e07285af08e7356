package com.gmall.rtdw.check;

import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ten DWS tables as ClickHouse holds them (read with {@code FINAL}), in {@link ExpectedDws}'s
 * form: windows as epoch milliseconds, values as text, amounts with two decimals, rows sorted the
 * same way.
 */
public final class WarehouseRows {
    private final ClickHouseHttp http;

    public WarehouseRows(ClickHouseEndpoint clickHouse) {
        this.http = new ClickHouseHttp(clickHouse);
    }

    /** Every table's rows of windows inside {@code [fromMillis, toMillis]}. */
    public Map<String, List<Map<String, String>>> read(long fromMillis, long toMillis)
            throws Exception {
        Map<String, List<Map<String, String>>> tables = new TreeMap<>();
        for (Map.Entry<String, List<String>> table : ExpectedDws.COLUMNS.entrySet()) {
            List<String> select = new ArrayList<>();
            for (String column : table.getValue()) {
                select.add(
                        column.equals("stt") || column.equals("edt")
                                ? "toUInt64(toUnixTimestamp(" + column + ")) * 1000"
                                : column);
            }
            String tsv =
                    http.execute(
                            "SELECT "
                                    + String.join(", ", select)
                                    + " FROM "
                                    + table.getKey()
                                    + " FINAL WHERE toUnixTimestamp(stt) >= "
                                    + fromMillis / 1000
                                    + " AND toUnixTimestamp(edt) <= "
                                    + toMillis / 1000
                                    + " FORMAT TSV");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : tsv.split("\n")) {
                if (!line.isEmpty()) {
                    Map<String, String> row = row(table.getValue(), line.split("\t", -1));
                    if (!allZero(row, ExpectedDws.MEASURES.get(table.getKey()))) {
                        rows.add(row);
                    }
                }
            }
            tables.put(table.getKey(), ExpectedDws.sorted(rows));
        }
        return tables;
    }

    private static Map<String, String> row(List<String> columns, String[] values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            String column = columns.get(i);
            String value = values[i].equals("\\N") ? null : values[i];
            // ClickHouse may print 12.50 as 12.5; the calculation writes two decimals
            row.put(
                    column,
                    value != null && column.endsWith("amount")
                            ? new BigDecimal(value).setScale(2).toPlainString()
                            : value);
        }
        return row;
    }

    /**
     * Whether a row's measures are all zero: a window whose first-of-day counts all moved to
     * earlier windows keeps a row of zeros (ClickHouse rows are replaced, not deleted), which
     * stands for no row, as in the calculation.
     */
    private static boolean allZero(Map<String, String> row, List<String> measures) {
        return measures.stream()
                .allMatch(m -> row.get(m) != null && new BigDecimal(row.get(m)).signum() == 0);
    }

    /**
     * Per table, the rows only calculated (-) and only in ClickHouse (+); empty when they are the
     * same.
     */
    public static String differences(
            Map<String, List<Map<String, String>>> expected,
            Map<String, List<Map<String, String>>> actual) {
        StringBuilder out = new StringBuilder();
        for (String table : ExpectedDws.COLUMNS.keySet()) {
            List<Map<String, String>> want = expected.getOrDefault(table, List.of());
            List<Map<String, String>> got = actual.getOrDefault(table, List.of());
            List<Map<String, String>> missing = new ArrayList<>(want);
            got.forEach(missing::remove);
            List<Map<String, String>> extra = new ArrayList<>(got);
            want.forEach(extra::remove);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                out.append(table)
                        .append(": ")
                        .append(want.size())
                        .append(" calculated, ")
                        .append(got.size())
                        .append(" in ClickHouse\n");
                missing.forEach(r -> out.append("  - ").append(r).append('\n'));
                extra.forEach(r -> out.append("  + ").append(r).append('\n'));
            }
        }
        return out.toString();
    }
}
