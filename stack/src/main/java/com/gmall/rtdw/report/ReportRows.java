package com.gmall.rtdw.report;

import java.util.ArrayList;
import java.util.List;

/** A ClickHouse answer in {@code TabSeparated}, as rows of fields. */
final class ReportRows {
    private ReportRows() {}

    static List<String[]> parse(String tabSeparated, int fields) {
        List<String[]> rows = new ArrayList<>();
        for (String line : tabSeparated.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length != fields) {
                throw new IllegalStateException(
                        "expected " + fields + " fields from ClickHouse, got `" + line + "`");
            }
            for (int i = 0; i < row.length; i++) {
                row[i] = unescape(row[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** TabSeparated's escapes undone; {@code \N} (NULL) becomes null. */
    static String unescape(String field) {
        if (field.equals("\\N")) {
            return null;
        }
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                out.append(c);
                continue;
            }
            char next = field.charAt(++i);
            out.append(
                    switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case '0' -> '\0';
                        default -> next;
                    });
        }
        return out.toString();
    }
}
