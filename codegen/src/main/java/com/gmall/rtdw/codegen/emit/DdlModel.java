package com.gmall.rtdw.codegen.emit;

import java.util.List;

/**
 * The one object the DDL template sees (AutoValue's TemplateVars idea): JavaBean getters so that
 * FreeMarker reads it without any configuration.
 */
public final class DdlModel {
    private final List<String> header;
    private final String table;
    private final List<Column> columns;
    private final String version;
    private final String partitionBy;
    private final List<String> orderBy;

    DdlModel(
            List<String> header,
            String table,
            List<Column> columns,
            String version,
            String partitionBy,
            List<String> orderBy) {
        this.header = List.copyOf(header);
        this.table = table;
        this.columns = List.copyOf(columns);
        this.version = version;
        this.partitionBy = partitionBy;
        this.orderBy = List.copyOf(orderBy);
    }

    public List<String> getHeader() {
        return header;
    }

    public String getTable() {
        return table;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public String getVersion() {
        return version;
    }

    public String getPartitionBy() {
        return partitionBy;
    }

    public List<String> getOrderBy() {
        return orderBy;
    }

    /** One column line. */
    public static final class Column {
        private final String name;
        private final String type;

        Column(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public String getName() {
            return name;
        }

        public String getType() {
            return type;
        }
    }
}
