package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A ClickHouse DWS table as the generated registry ({@code com.gmall.rtdw.registry.Tables})
 * describes it: its row type, RowBinary writer, DDL (a classpath resource copied from
 * ddl/clickhouse), key (its ORDER BY, which ReplacingMergeTree deduplicates by) and version column.
 *
 * @param <T> the row type (the DWS definition class)
 */
public final class TableSpec<T> {
    /**
     * Stands for the shop's zone in the generated DDL (the code generator writes the same text).
     */
    public static final String TIME_ZONE_PLACEHOLDER = "{warehouse.time-zone}";

    /**
     * A zone that may reach DDL text: a region name ({@code Asia/Shanghai}), {@code UTC}, or an
     * {@code Etc/GMT-8} form. Java also knows offsets such as {@code +08:00}, which ClickHouse does
     * not.
     */
    private static final Pattern ZONE_NAME =
            Pattern.compile("[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*");

    private final String name;
    private final Class<T> rowType;
    private final RowBinaryTableWriter<T> writer;
    private final String ddlResource;
    private final List<String> key;
    private final String version;

    public TableSpec(
            String name,
            Class<T> rowType,
            RowBinaryTableWriter<T> writer,
            String ddlResource,
            List<String> key,
            String version) {
        this.name = name;
        this.rowType = rowType;
        this.writer = writer;
        this.ddlResource = ddlResource;
        this.key = List.copyOf(key);
        this.version = version;
    }

    public String name() {
        return name;
    }

    public Class<T> rowType() {
        return rowType;
    }

    public RowBinaryTableWriter<T> writer() {
        return writer;
    }

    /** Classpath location of the DDL, e.g. {@code ddl/clickhouse/dws_trade_order_window.sql}. */
    public String ddlResource() {
        return ddlResource;
    }

    /** The ORDER BY columns: a row's identity, of which ReplacingMergeTree keeps one version. */
    public List<String> key() {
        return key;
    }

    /** The version column: of the rows with one key, the one with its greatest value stays. */
    public String version() {
        return version;
    }

    /**
     * The {@code CREATE TABLE IF NOT EXISTS} statement with window times in {@code zone} (no
     * database prefix: run it in the target database).
     */
    public String ddl(ZoneId zone) {
        return ddl(name, zone);
    }

    /**
     * The same statement for a table called {@code asName} (a copy of this table during a migration
     * or rebuild).
     */
    public String ddl(String asName, ZoneId zone) {
        Identifiers.require("table", asName);
        String zoneName = zone.getId();
        if (zone instanceof ZoneOffset || !ZONE_NAME.matcher(zoneName).matches()) {
            throw new IllegalArgumentException(
                    "time zone '"
                            + zoneName
                            + "' cannot be declared in ClickHouse DDL; give a region name such as"
                            + " Asia/Shanghai, or UTC");
        }
        String create = "CREATE TABLE IF NOT EXISTS " + name + "\n";
        String ddl = rawDdl();
        if (!ddl.contains(create)) {
            throw new IllegalStateException(
                    ddlResource + " does not start with `" + create.strip() + "`");
        }
        return ddl.replace(create, "CREATE TABLE IF NOT EXISTS " + asName + "\n")
                .replace(TIME_ZONE_PLACEHOLDER, zoneName);
    }

    /** The type of the window columns ({@code stt}, {@code edt}) in {@code zone}. */
    public static String windowType(ZoneId zone) {
        return "DateTime('" + zone.getId() + "')";
    }

    private String rawDdl() {
        try (InputStream in = TableSpec.class.getClassLoader().getResourceAsStream(ddlResource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "DDL resource " + ddlResource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ddlResource, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
