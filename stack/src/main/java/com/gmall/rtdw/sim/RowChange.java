package com.gmall.rtdw.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row written by the simulator: an insert with all its columns, or an update of some columns of
 * the row with this id. Column names are the business schema's (docs/architecture.md, Appendix A),
 * fixed in this package, never from data.
 *
 * @param table business table
 * @param insert true for an insert, false for an update
 * @param id the row's primary key
 * @param columns column values in order (for an update: only the changed columns)
 */
public record RowChange(String table, boolean insert, long id, Map<String, Object> columns) {
    public RowChange {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    static RowChange insert(String table, long id, Map<String, Object> columns) {
        return new RowChange(table, true, id, columns);
    }

    static RowChange update(String table, long id, Map<String, Object> columns) {
        return new RowChange(table, false, id, columns);
    }
}
