package com.gmall.rtdw.runtime;

import java.util.Properties;

/**
 * How every client here connects to Phoenix: namespace mapping on in the client as it is on the
 * server (else Phoenix fails with ERROR 726). Phoenix connections do not auto-commit.
 */
public final class PhoenixJdbc {
    /** The schema (HBase namespace) of the dimension tables. */
    public static final String DIM_SCHEMA = "GMALL_REALTIME";

    private PhoenixJdbc() {}

    public static String url(String zookeeperQuorum) {
        return "jdbc:phoenix:" + zookeeperQuorum;
    }

    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("phoenix.schema.isNamespaceMappingEnabled", "true");
        p.setProperty("phoenix.schema.mapSystemTablesToNamespace", "true");
        return p;
    }
}
