package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.jobs.runtime.MariaDb;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link DimBackfill} from the shop's MariaDB/MySQL: one streamed {@code SELECT} of the configured
 * columns (their names validated identifiers, quoted) per table, each value as text in the form
 * OdsDbApp writes to topic_db (date-times {@code yyyy-MM-dd HH:mm:ss}, decimals with their scale,
 * booleans 1/0), so a backfilled row and a changed row look the same in Phoenix. A connection per
 * call: backfills are rare.
 */
public final class MariaDbBackfill implements DimBackfill {
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MariaDb database;

    private MariaDbBackfill(MariaDb database) {
        this.database = database;
    }

    /**
     * @param database the business database
     */
    public static Factory factory(MariaDb database) {
        return () -> new MariaDbBackfill(database);
    }

    @Override
    public void forEachRow(DimTable table, Consumer<String[]> row) throws SQLException {
        String sql =
                "SELECT "
                        + table.columns().stream()
                                .map(c -> "`" + c + "`")
                                .collect(Collectors.joining(", "))
                        + " FROM `"
                        + table.sourceTable()
                        + "`";
        try (Connection c = database.connect();
                Statement st = c.createStatement()) {
            st.setFetchSize(1000); // streamed, not the whole table in memory
            try (ResultSet rs = st.executeQuery(sql)) {
                int n = table.columns().size();
                while (rs.next()) {
                    String[] values = new String[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = text(rs.getObject(i + 1));
                    }
                    row.accept(values);
                }
            }
        }
    }

    /** A JDBC value as OdsDbApp's CDC conversion writes it to topic_db. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return DATETIME.format(t.toLocalDateTime());
        }
        if (value instanceof java.time.LocalDateTime t) {
            return DATETIME.format(t);
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    @Override
    public void close() {
        // connections are per call
    }
}
