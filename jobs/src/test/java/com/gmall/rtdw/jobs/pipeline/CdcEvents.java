package com.gmall.rtdw.jobs.pipeline;

import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Decimal;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Field;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Schema;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.SchemaBuilder;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Struct;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.source.SourceRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Change events as Flink CDC's Debezium MySQL connector hands them to a deserializer ({@code op},
 * {@code source}, {@code before}, {@code after}, {@code ts_ms}; the key a struct of the primary
 * key), and topic_db messages as OdsDbApp writes them. Kafka Connect's schemas are not
 * serializable: build events inside a {@link BoundedBinlog.Events}, from tables held in static
 * fields.
 */
final class CdcEvents {
    /** DATETIME: Debezium's epoch millis of the wall-clock time read as UTC. */
    static final Schema DATETIME =
            SchemaBuilder.int64().name("io.debezium.time.Timestamp").optional().build();

    static final Schema DECIMAL_10_2 = Decimal.builder(2).optional().build();
    private static final Schema SOURCE =
            SchemaBuilder.struct()
                    .name("io.debezium.connector.mysql.Source")
                    .field("db", Schema.STRING_SCHEMA)
                    .field("table", Schema.OPTIONAL_STRING_SCHEMA)
                    .field("ts_ms", Schema.INT64_SCHEMA)
                    .build();

    private CdcEvents() {}

    /** A captured table: its row schema (columns in table order) and its envelope. */
    record Table(String database, String name, Schema row, List<String> key, Schema envelope) {
        String topic() {
            return "mysql_binlog_source." + database + "." + name;
        }

        /** A row image, values in column order. */
        Struct row(Object... values) {
            Struct row = new Struct(this.row);
            for (int i = 0; i < values.length; i++) {
                row.put(this.row.fields().get(i), values[i]);
            }
            return row;
        }
    }

    /** {@code columns}: name, schema, name, schema, ...; the key columns are named at the end. */
    static Table table(String database, String name, List<String> key, Object... columns) {
        SchemaBuilder row =
                SchemaBuilder.struct().name(database + "." + name + ".Value").optional();
        for (int i = 0; i < columns.length; i += 2) {
            row.field((String) columns[i], (Schema) columns[i + 1]);
        }
        Schema rowSchema = row.build();
        Schema envelope =
                SchemaBuilder.struct()
                        .name(database + "." + name + ".Envelope")
                        .field("op", Schema.STRING_SCHEMA)
                        .field("source", SOURCE)
                        .field("before", rowSchema)
                        .field("after", rowSchema)
                        .field("ts_ms", Schema.INT64_SCHEMA)
                        .build();
        return new Table(database, name, rowSchema, key, envelope);
    }

    /** A snapshot read: no binlog time ({@code source.ts_ms} 0), read at {@code readAt}. */
    static SourceRecord read(Table table, String readAt, Object... values) {
        return event(table, "r", 0, Instant.parse(readAt).toEpochMilli(), null, table.row(values));
    }

    static SourceRecord insert(Table table, String at, Object... values) {
        return event(
                table,
                "c",
                Instant.parse(at).toEpochMilli(),
                Instant.parse(at).toEpochMilli(),
                null,
                table.row(values));
    }

    static SourceRecord update(Table table, String at, Object[] before, Object[] after) {
        return event(
                table,
                "u",
                Instant.parse(at).toEpochMilli(),
                Instant.parse(at).toEpochMilli(),
                table.row(before),
                table.row(after));
    }

    static SourceRecord delete(Table table, String at, Object... before) {
        return event(
                table,
                "d",
                Instant.parse(at).toEpochMilli(),
                Instant.parse(at).toEpochMilli(),
                table.row(before),
                null);
    }

    /** Any operation, as Debezium would send it. */
    static SourceRecord event(
            Table table, String op, long sourceMillis, long millis, Struct before, Struct after) {
        Struct row =
                before != null ? before : after; // none: an event without a row, such as a truncate
        return new SourceRecord(
                Map.of(),
                Map.of(),
                table.topic(),
                null,
                row == null ? null : keySchema(table),
                row == null ? null : key(table, row),
                table.envelope(),
                envelope(table, op, sourceMillis, millis, before, after));
    }

    /** The value {@link #event} sends, to compare with what a dead letter kept of it. */
    static Struct envelope(
            Table table, String op, long sourceMillis, long millis, Struct before, Struct after) {
        Struct source =
                new Struct(SOURCE)
                        .put("db", table.database())
                        .put("table", table.name())
                        .put("ts_ms", sourceMillis);
        return new Struct(table.envelope())
                .put("op", op)
                .put("source", source)
                .put("before", before)
                .put("after", after)
                .put("ts_ms", millis);
    }

    /** What Debezium sends besides row changes: a heartbeat, which has no {@code op}. */
    static SourceRecord heartbeat(String at) {
        Schema schema =
                SchemaBuilder.struct()
                        .name("io.debezium.connector.common.Heartbeat")
                        .field("ts_ms", Schema.INT64_SCHEMA)
                        .build();
        return new SourceRecord(
                Map.of(),
                Map.of(),
                "__debezium-heartbeat.mysql_binlog_source",
                null,
                null,
                null,
                schema,
                new Struct(schema).put("ts_ms", Instant.parse(at).toEpochMilli()));
    }

    /** Debezium's DATETIME value of a wall-clock time such as {@code 2024-06-01 12:00:00}. */
    static long datetime(String wallClock) {
        return LocalDateTime.parse(wallClock.replace(' ', 'T'))
                .toInstant(ZoneOffset.UTC)
                .toEpochMilli();
    }

    private static Schema keySchema(Table table) {
        SchemaBuilder key =
                SchemaBuilder.struct().name(table.database() + "." + table.name() + ".Key");
        table.key().forEach(column -> key.field(column, table.row().field(column).schema()));
        return key.build();
    }

    private static Struct key(Table table, Struct row) {
        Schema schema = keySchema(table);
        Struct key = new Struct(schema);
        for (Field f : schema.fields()) {
            key.put(f, row.get(f.name()));
        }
        return key;
    }

    /**
     * A topic_db change of database {@code gmall}; {@code columns}: name, value, name, value, ...
     */
    static DbChange change(ChangeType type, String table, String... columns) {
        return dbChange("gmall", type, table, columns);
    }

    static DbChange dbChange(String database, ChangeType type, String table, String... columns) {
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i += 2) {
            data.put(columns[i], columns[i + 1]);
        }
        return DbChange.newBuilder()
                .setDatabase(database)
                .setTable(table)
                .setType(type)
                .setTsSeconds(1717214400L)
                .setData(data)
                .build();
    }
}
