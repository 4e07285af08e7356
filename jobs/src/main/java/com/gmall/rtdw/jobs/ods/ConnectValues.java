package com.gmall.rtdw.jobs.ods;

import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Field;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Schema;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Struct;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Debezium's row values as Maxwell writes them: every column as its text. DATETIME (Debezium gives
 * epoch millis of the wall-clock time read as UTC) becomes {@code yyyy-MM-dd HH:mm:ss}, DATE {@code
 * yyyy-MM-dd}, decimals keep their exact digits ({@code 8197.00}), booleans (tinyint(1)) become 1
 * or 0.
 */
final class ConnectValues {
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ConnectValues() {}

    /** Every column of a row image, in table order. */
    static Map<String, String> row(Struct row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : row.schema().fields()) {
            values.put(f.name(), text(f.schema(), row.get(f)));
        }
        return values;
    }

    /**
     * The columns whose value differs between the two images, with their value before (Maxwell's
     * {@code old}).
     */
    static Map<String, String> changed(Struct before, Struct after) {
        Map<String, String> old = new LinkedHashMap<>();
        for (Field f : after.schema().fields()) {
            Object was = before.get(f.name());
            Object is = after.get(f);
            if (!java.util.Objects.deepEquals(was, is)) {
                old.put(f.name(), text(f.schema(), was));
            }
        }
        return old;
    }

    static String text(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        String name = schema.name();
        if (name != null) {
            switch (name) {
                case "io.debezium.time.Timestamp":
                    return DATETIME.format(
                            LocalDateTime.ofEpochSecond(
                                    Math.floorDiv((Long) value, 1000L),
                                    (int) Math.floorMod((Long) value, 1000L) * 1_000_000,
                                    ZoneOffset.UTC));
                case "io.debezium.time.MicroTimestamp":
                    return DATETIME.format(
                            LocalDateTime.ofEpochSecond(
                                    Math.floorDiv((Long) value, 1_000_000L),
                                    (int) Math.floorMod((Long) value, 1_000_000L) * 1000,
                                    ZoneOffset.UTC));
                case "io.debezium.time.Date":
                    return LocalDate.ofEpochDay((Integer) value).toString();
                case "io.debezium.time.ZonedTimestamp":
                    return Instant.parse((String) value).toString();
                default:
                    break;
            }
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof byte[] bytes) {
            return java.util.Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof java.nio.ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return java.util.Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }
}
