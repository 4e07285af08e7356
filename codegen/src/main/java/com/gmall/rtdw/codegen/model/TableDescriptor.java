package com.gmall.rtdw.codegen.model;

import java.util.List;

/**
 * One DWS table, read from its annotated definition.
 *
 * @param name the ClickHouse table name
 * @param beanClass fully qualified name of the definition class (the row type the jobs fill)
 * @param source the definition's source file, relative to the repository root
 * @param fields every field of the definition, in declaration order, excluded ones included
 * @param orderBy the ORDER BY columns
 * @param partitionExpression the PARTITION BY expression, e.g. {@code toYYYYMMDD(stt)}
 */
public record TableDescriptor(
        String name,
        String beanClass,
        String source,
        List<ColumnDescriptor> fields,
        List<String> orderBy,
        String partitionExpression) {

    public TableDescriptor {
        fields = List.copyOf(fields);
        orderBy = List.copyOf(orderBy);
    }

    /** The fields that are columns, in declaration order (the table's column order). */
    public List<ColumnDescriptor> columns() {
        return fields.stream().filter(f -> f.role().isColumn()).toList();
    }

    /** The version column. */
    public ColumnDescriptor version() {
        return fields.stream()
                .filter(f -> f.role() == ColumnRole.VERSION)
                .findFirst()
                .orElseThrow();
    }

    /** Simple name of the definition class. */
    public String beanSimpleName() {
        return beanClass.substring(beanClass.lastIndexOf('.') + 1);
    }

    /** Package of the definition class. */
    public String beanPackage() {
        return beanClass.substring(0, beanClass.lastIndexOf('.'));
    }
}
