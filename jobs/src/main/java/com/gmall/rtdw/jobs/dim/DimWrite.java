package com.gmall.rtdw.jobs.dim;

/**
 * One write of a business row to its dim table: an upsert of the configured columns, or a delete by
 * the configured key (defect D4). Table and column names come from a validated {@link DimTable},
 * never from the data. A Flink POJO.
 */
public class DimWrite {
    /** Phoenix table, upper case. */
    public String sinkTable;

    /** The key column (lower case), one of {@link #columns}. */
    public String keyColumn;

    /** The key's value: the row's identity in Phoenix and in the cache. */
    public String key;

    public boolean delete;

    /** Configured columns (lower case), in order; for a delete only the key column. */
    public String[] columns;

    /** Their values, null where the row has none. */
    public String[] values;

    public DimWrite() {}

    public static DimWrite upsert(DimTable table, String key, String[] values) {
        return new DimWrite(table, key, false, table.columns().toArray(String[]::new), values);
    }

    public static DimWrite delete(DimTable table, String key) {
        return new DimWrite(
                table, key, true, new String[] {table.primaryKey()}, new String[] {key});
    }

    private DimWrite(
            DimTable table, String key, boolean delete, String[] columns, String[] values) {
        this.sinkTable = table.sinkTable();
        this.keyColumn = table.primaryKey();
        this.key = key;
        this.delete = delete;
        this.columns = columns;
        this.values = values;
    }

    /**
     * The table this write's statement addresses (its columns, not necessarily all of today's
     * configuration).
     */
    public DimTable table() {
        return new DimTable(null, sinkTable, java.util.List.of(columns), keyColumn, "");
    }

    /** The Redis key of the row this write changes. */
    public String cacheKey() {
        return DimCacheKeys.of(sinkTable, key);
    }

    @Override
    public String toString() {
        return (delete ? "delete " : "upsert ")
                + sinkTable
                + "["
                + key
                + "] "
                + java.util.Arrays.toString(values);
    }
}
