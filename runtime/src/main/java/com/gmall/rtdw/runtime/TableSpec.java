package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A ClickHouse DWS table as the generated registry ({@code com.gmall.rtdw.registry.Tables})
 * describes it: its row type, RowBinary writer and DDL (a classpath resource copied from
 * ddl/clickhouse).
 *
 * @param <T> the row type (the DWS definition class)
 */
public final class TableSpec<T> {
    private final String name;
    private final Class<T> rowType;
    private final RowBinaryTableWriter<T> writer;
    private final String ddlResource;

    public TableSpec(
            String name, Class<T> rowType, RowBinaryTableWriter<T> writer, String ddlResource) {
        this.name = name;
        this.rowType = rowType;
        this.writer = writer;
        this.ddlResource = ddlResource;
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

    /**
     * The {@code CREATE TABLE IF NOT EXISTS} statement (no database prefix: run it in the target
     * database).
     */
    public String ddl() {
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
