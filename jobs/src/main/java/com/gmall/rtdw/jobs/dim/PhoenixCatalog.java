package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.runtime.PhoenixJdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What Phoenix's catalog says about a dim table in {@link PhoenixJdbc#DIM_SCHEMA}. */
public final class PhoenixCatalog {
    private PhoenixCatalog() {}

    /** The table's columns (upper case), none when it does not exist. */
    public static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, PhoenixJdbc.DIM_SCHEMA, table, null)) {
            while (rs.next()) {
                // the name is a LIKE pattern, in which '_' matches any character: keep the exact
                // table only
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    /** The table's primary key columns (upper case; a salted table's salt byte is not listed). */
    public static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, PhoenixJdbc.DIM_SCHEMA, table)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    keys.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return keys;
    }
}
