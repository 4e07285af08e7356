package com.gmall.rtdw.codegen.model;

/**
 * One field of a DWS definition and, unless excluded, its column.
 *
 * @param field the Java field name
 * @param column the ClickHouse column name (snake_case of the field unless overridden)
 * @param role what the field is to the table
 * @param type the column type and its encoding; null for excluded fields
 * @param line source line of the field, for error messages
 */
public record ColumnDescriptor(
        String field, String column, ColumnRole role, ClickHouseType type, int line) {}
