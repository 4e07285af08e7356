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
    private final List<String> engine;
    private final List<String> migrations;

    DdlModel(
            List<String> header,
            String table,
            List<Column> columns,
            List<String> engine,
            List<String> migrations) {
        this.header = List.copyOf(header);
        this.table = table;
        this.columns = List.copyOf(columns);
        this.engine = List.copyOf(engine);
        this.migrations = List.copyOf(migrations);
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

    /** The ENGINE, PARTITION BY and ORDER BY lines. */
    public List<String> getEngine() {
        return engine;
    }

    /** The {@code ALTER TABLE ... ADD COLUMN} lines ({@link DdlEvolution}). */
    public List<String> getMigrations() {
        return migrations;
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
