package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.jobs.runtime.MariaDb;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the whole {@code table_process} table once, when DimApp's router opens, so that business
 * rows reaching it before the CDC snapshot has been broadcast are routed rather than dropped
 * (defect D3).
 */
public interface TableProcessLoader extends Serializable {
    List<TableProcess> load() throws SQLException;

    /** From the configuration database. */
    static TableProcessLoader jdbc(MariaDb database) {
        return () -> {
            List<TableProcess> rows = new ArrayList<>();
            try (Connection c = database.connect();
                    Statement st = c.createStatement();
                    ResultSet rs =
                            st.executeQuery(
                                    "SELECT source_table, sink_table, sink_columns, sink_pk, sink_extend FROM table_process")) {
                while (rs.next()) {
                    rows.add(
                            new TableProcess(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5)));
                }
            }
            return rows;
        };
    }
}
