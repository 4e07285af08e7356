package com.gmall.rtdw.runtime;

import java.time.ZoneId;
import java.util.List;

/**
 * A ClickHouse DWS table as the generated registry ({@code com.gmall.rtdw.registry.Tables})
 * describes it: its row type, RowBinary writer, DDL (a classpath resource copied from
 * ddl/clickhouse), key (its ORDER BY, which ReplacingMergeTree deduplicates by) and version column.
 *
 * @param <T> the row type (the DWS definition class)
 */
public final class TableSpec<T> {
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
        return TableDdl.read(ddlResource, name).create(asName, zone);
    }

    /**
     * The columns added to the definition after the table first went live, each with its {@code
     * ALTER TABLE ... ADD COLUMN} statement, in order.
     */
    public List<TableDdl.AddedColumn> addedColumns(ZoneId zone) {
        return TableDdl.read(ddlResource, name).addedColumns(zone);
    }

    @Override
    public String toString() {
        return name;
    }
}
