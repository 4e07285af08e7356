package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A database of the shop's MariaDB/MySQL server as the jobs read it over JDBC (table_process,
 * base_dic, backfills, the DWS jobs' history queries), as the read-only user of the configuration
 * ({@code mysql.reader.user}): no job can write the shop's tables. Serializable: functions carry it
 * to their tasks.
 *
 * @param url e.g. {@code jdbc:mariadb://127.0.0.1:13306/gmall}
 */
public record MariaDb(String url, String user, String password) implements Serializable {
    public static MariaDb of(GmallConfig config, String database) {
        return new MariaDb(
                "jdbc:mariadb://"
                        + config.get(GmallOptions.MYSQL_HOST)
                        + ":"
                        + config.get(GmallOptions.MYSQL_PORT)
                        + "/"
                        + database,
                config.get(GmallOptions.MYSQL_READER_USER),
                config.get(GmallOptions.MYSQL_READER_PASSWORD));
    }

    public Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        // the driver itself, not DriverManager: a job's class loader is not the one DriverManager
        // searches
        return new org.mariadb.jdbc.Driver().connect(url, credentials);
    }

    @Override
    public String toString() {
        return "MariaDb[" + url + ", user " + user + "]"; // never the password
    }
}
