package com.gmall.rtdw.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shop committed, transaction by transaction, in the order committed: one JSON object per
 * line in {@code GMALL_HOME/shop/journal.jsonl} ({@code millis}: the simulated time it was written
 * at, {@code action}, {@code rows}: table, insert or update, id and the columns written). The app
 * log files say what the phones sent; this says what the shop database was told, so that {@code
 * bin/gmall check} can recalculate the DWS tables from both without reading the warehouse.
 * Date-times are written as the database holds them ({@code yyyy-MM-dd HH:mm:ss}), decimals as
 * text.
 */
public final class ShopJournal implements SimListener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One journal line read back. */
    public record Entry(long millis, ShopTransaction transaction) {}

    private final WholeLines out;

    private ShopJournal(WholeLines out) {
        this.out = out;
    }

    /** The journal file under a work folder. */
    public static Path file(Path shopDir) {
        return shopDir.resolve("journal.jsonl");
    }

    /** Appends to the journal in {@code shopDir}, creating it. */
    static ShopJournal appendingTo(Path shopDir) throws IOException {
        Files.createDirectories(shopDir);
        return new ShopJournal(new WholeLines(file(shopDir)));
    }

    @Override
    public void business(long millis, ShopTransaction transaction) {
        ObjectNode line =
                JSON.createObjectNode().put("millis", millis).put("action", transaction.action());
        ArrayNode rows = line.putArray("rows");
        for (RowChange row : transaction.rows()) {
            ObjectNode r =
                    rows.addObject()
                            .put("table", row.table())
                            .put("insert", row.insert())
                            .put("id", row.id());
            ObjectNode columns = r.putObject("columns");
            row.columns().forEach((column, value) -> put(columns, column, value));
        }
        try {
            // at once, right after the commit: a simulator killed at any moment leaves a journal of
            // every commit
            // except, at most, the one it was writing when it died
            out.append(JSON.writeValueAsString(line));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shop journal", e);
        }
    }

    private static void put(ObjectNode columns, String column, Object value) {
        if (value == null) {
            columns.putNull(column);
        } else if (value instanceof LocalDateTime t) {
            columns.put(column, t.format(DATETIME));
        } else if (value instanceof BigDecimal d) {
            columns.put(column, d.toPlainString());
        } else if (value instanceof Long || value instanceof Integer) {
            columns.put(column, ((Number) value).longValue());
        } else {
            columns.put(column, value.toString());
        }
    }

    @Override
    public void logLine(long millis, String line) {
        // the log files hold them already
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Every transaction in the journal, in the order committed; none when there is no journal. */
    public static List<Entry> read(Path shopDir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Path file = file(shopDir);
        if (!Files.exists(file)) {
            return entries;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String text = it.next();
                if (!text.isBlank()) {
                    entries.add(entry(JSON.readTree(text)));
                }
            }
        }
        return entries;
    }

    private static Entry entry(JsonNode line) {
        List<RowChange> rows = new ArrayList<>();
        for (JsonNode row : line.get("rows")) {
            Map<String, Object> columns = new LinkedHashMap<>();
            row.get("columns")
                    .fields()
                    .forEachRemaining(
                            c ->
                                    columns.put(
                                            c.getKey(),
                                            c.getValue().isNull()
                                                    ? null
                                                    : c.getValue().isIntegralNumber()
                                                            ? Long.valueOf(c.getValue().longValue())
                                                            : c.getValue().asText()));
            rows.add(
                    new RowChange(
                            row.get("table").asText(),
                            row.get("insert").asBoolean(),
                            row.get("id").asLong(),
                            columns));
        }
        return new Entry(
                line.get("millis").asLong(),
                new ShopTransaction(line.get("action").asText(), rows));
    }
}
