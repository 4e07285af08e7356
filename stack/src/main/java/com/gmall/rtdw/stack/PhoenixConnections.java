package com.gmall.rtdw.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * JDBC connections to Phoenix. Namespace mapping must be on in the client as it is on the server (else Phoenix
 * fails with ERROR 726), and Phoenix connections do not auto-commit.
 */
public final class PhoenixConnections {
    private PhoenixConnections() {}

    public static Connection open(String zookeeperQuorum) throws SQLException {
        Properties p = new Properties();
        p.setProperty("phoenix.schema.isNamespaceMappingEnabled", "true");
        p.setProperty("phoenix.schema.mapSystemTablesToNamespace", "true");
        return DriverManager.getConnection("jdbc:phoenix:" + zookeeperQuorum, p);
    }
}
