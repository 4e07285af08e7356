package com.gmall.rtdw.jobs.dim;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads the whole {@code table_process} table once, when DimApp's router opens, so that business rows reaching it
 * before the CDC snapshot has been broadcast are routed rather than dropped (defect D3).
 */
public interface TableProcessLoader extends Serializable {
    List<TableProcess> load() throws SQLException;

    /** From the configuration database over JDBC; the credentials come from the job's configuration. */
    static TableProcessLoader jdbc(String url, String user, String password) {
        return () -> {
            List<TableProcess> rows = new ArrayList<>();
            Properties credentials = new Properties();
            credentials.setProperty("user", user);
            credentials.setProperty("password", password);
            // the driver itself, not DriverManager: a job's class loader is not the one DriverManager searches
            try (Connection c = new org.mariadb.jdbc.Driver().connect(url, credentials);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT source_table, sink_table, sink_columns, sink_pk, sink_extend FROM table_process")) {
                while (rs.next()) {
                    rows.add(new TableProcess(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return rows;
        };
    }
}
