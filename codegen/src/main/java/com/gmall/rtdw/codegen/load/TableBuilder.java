package com.gmall.rtdw.codegen.load;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.load.ClickHouseTypes.FieldSource;
import com.gmall.rtdw.codegen.model.ClickHouseType;
import com.gmall.rtdw.codegen.model.ColumnDescriptor;
import com.gmall.rtdw.codegen.model.ColumnRole;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates one DWS definition and turns it into a {@link TableDescriptor}: identifiers, one window
 * start, end and version each, column types, and an ORDER BY key that holds the window and every
 * dimension (and nothing that changes when a window is replayed).
 */
final class TableBuilder {
    private final ErrorCollector errors;

    TableBuilder(ErrorCollector errors) {
        this.errors = errors;
    }

    /** The descriptor, or null when the definition has errors (all of them reported). */
    TableDescriptor build(
            AnnotationValues table,
            String className,
            String source,
            String where,
            List<FieldSource> fields) {
        int before = errors.errors().size();
        String name = table.string("name");
        if (name == null || !Naming.isIdentifier(name)) {
            errors.add(
                    where,
                    "@DwsTable name "
                            + (name == null
                                    ? "is missing"
                                    : "'" + name + "' is not a valid identifier")
                            + " ("
                            + Naming.IDENTIFIER
                            + ")");
            name = "?";
        }
        String trail = where + " (table " + name + ")";
        List<ColumnDescriptor> columns = columns(fields, source, name);
        Map<ColumnRole, List<ColumnDescriptor>> byRole = byRole(columns);
        ColumnDescriptor start = exactlyOne(byRole, ColumnRole.WINDOW_START, trail);
        exactlyOne(byRole, ColumnRole.WINDOW_END, trail);
        exactlyOne(byRole, ColumnRole.VERSION, trail);
        List<String> orderBy = orderBy(table.strings("orderBy"), columns, byRole, trail);
        String partition = partition(table.enumConstant("partitionBy"), start, trail);
        if (errors.errors().size() > before) {
            return null;
        }
        return new TableDescriptor(name, className, source, columns, orderBy, partition);
    }

    private List<ColumnDescriptor> columns(List<FieldSource> fields, String source, String table) {
        ClickHouseTypes types = new ClickHouseTypes(errors);
        List<ColumnDescriptor> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (FieldSource f : fields) {
            String where = source + ":" + f.line() + ": table " + table + ", field " + f.name();
            String column =
                    f.columnOverride() != null ? f.columnOverride() : Naming.snakeCase(f.name());
            if (!Naming.isIdentifier(column)) {
                errors.add(
                        where,
                        "column name '"
                                + column
                                + "' is not a valid identifier ("
                                + Naming.IDENTIFIER
                                + ")");
            }
            ClickHouseType type = types.map(f, where);
            if (f.role().isColumn() && !names.add(column)) {
                errors.add(where, "duplicate column '" + column + "'");
            }
            columns.add(new ColumnDescriptor(f.name(), column, f.role(), type, f.line()));
        }
        return columns;
    }

    private static Map<ColumnRole, List<ColumnDescriptor>> byRole(List<ColumnDescriptor> columns) {
        Map<ColumnRole, List<ColumnDescriptor>> byRole = new LinkedHashMap<>();
        for (ColumnDescriptor c : columns) {
            byRole.computeIfAbsent(c.role(), r -> new ArrayList<>()).add(c);
        }
        return byRole;
    }

    private ColumnDescriptor exactlyOne(
            Map<ColumnRole, List<ColumnDescriptor>> byRole, ColumnRole role, String trail) {
        List<ColumnDescriptor> found = byRole.getOrDefault(role, List.of());
        if (found.size() != 1) {
            errors.add(
                    trail,
                    (found.isEmpty() ? "missing key column: no @" : "more than one @")
                            + role.annotation()
                            + " field (a DWS table needs exactly one)");
            return null;
        }
        return found.get(0);
    }

    private List<String> orderBy(
            List<String> declared,
            List<ColumnDescriptor> columns,
            Map<ColumnRole, List<ColumnDescriptor>> byRole,
            String trail) {
        List<String> key = new ArrayList<>(declared);
        if (key.isEmpty()) {
            for (ColumnRole role :
                    List.of(ColumnRole.WINDOW_START, ColumnRole.WINDOW_END, ColumnRole.DIMENSION)) {
                byRole.getOrDefault(role, List.of()).forEach(c -> key.add(c.column()));
            }
            return key;
        }
        Map<String, ColumnDescriptor> byColumn = new LinkedHashMap<>();
        columns.stream().filter(c -> c.role().isColumn()).forEach(c -> byColumn.put(c.column(), c));
        for (String name : key) {
            ColumnDescriptor c = byColumn.get(name);
            if (c == null) {
                errors.add(
                        trail,
                        "missing key column: ORDER BY names '"
                                + name
                                + "', which is not a column (columns: "
                                + String.join(", ", byColumn.keySet())
                                + ")");
            } else if (c.role() == ColumnRole.MEASURE
                    || c.role() == ColumnRole.VERSION
                    || c.role() == ColumnRole.ATTRIBUTE) {
                errors.add(
                        trail,
                        "ORDER BY column '"
                                + name
                                + "' is a @"
                                + c.role().annotation()
                                + ": a replayed window would not replace its old row");
            }
        }
        for (ColumnRole role :
                List.of(ColumnRole.WINDOW_START, ColumnRole.WINDOW_END, ColumnRole.DIMENSION)) {
            for (ColumnDescriptor c : byRole.getOrDefault(role, List.of())) {
                if (!key.contains(c.column())) {
                    errors.add(
                            trail,
                            "missing key column: '"
                                    + c.column()
                                    + "' (@"
                                    + role.annotation()
                                    + ") is not in ORDER BY, so rows that differ only in it would replace each other");
                }
            }
        }
        return key;
    }

    private String partition(String granularity, ColumnDescriptor start, String trail) {
        String column = start == null ? "?" : start.column();
        if (granularity == null || granularity.equals("DAY")) {
            return "toYYYYMMDD(" + column + ")";
        }
        if (granularity.equals("MONTH")) {
            return "toYYYYMM(" + column + ")";
        }
        errors.add(trail, "unknown partitionBy " + granularity + " (DAY or MONTH)");
        return null;
    }
}
