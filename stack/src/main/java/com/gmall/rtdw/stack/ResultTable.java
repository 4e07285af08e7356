package com.gmall.rtdw.stack;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a JDBC result as an aligned text table (wide CJK characters count twice), then the row
 * count.
 */
final class ResultTable {
    static final int MAX_ROWS = 1000;

    private ResultTable() {}

    static void print(ResultSet rs, PrintStream out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[columns];
        for (int i = 0; i < columns; i++) {
            header[i] = meta.getColumnLabel(i + 1);
        }
        int total = 0;
        while (rs.next()) {
            total++;
            if (rows.size() < MAX_ROWS) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    String v = rs.getString(i + 1);
                    row[i] = v == null ? "NULL" : v;
                }
                rows.add(row);
            }
        }
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = width(header[i]);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        String rule = rule(widths);
        out.println(rule);
        out.println(line(header, widths));
        out.println(rule);
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
        out.println(rule);
        out.println(
                total
                        + (total == 1 ? " row" : " rows")
                        + (total > MAX_ROWS ? " (first " + MAX_ROWS + " shown)" : ""));
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ')
                    .append(cells[i])
                    .append(" ".repeat(widths[i] - width(cells[i])))
                    .append(" |");
        }
        return b.toString();
    }

    private static String rule(int[] widths) {
        StringBuilder b = new StringBuilder("+");
        for (int w : widths) {
            b.append("-".repeat(w + 2)).append('+');
        }
        return b.toString();
    }

    /** Terminal columns of a text: East Asian wide characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
