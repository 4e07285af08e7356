package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.PhoenixJdbc;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** JDBC connections to Phoenix with the settings of {@link PhoenixJdbc}. */
public final class PhoenixConnections {
    private PhoenixConnections() {}

    public static Connection open(String zookeeperQuorum) throws SQLException {
        return DriverManager.getConnection(
                PhoenixJdbc.url(zookeeperQuorum), PhoenixJdbc.properties());
    }
}
