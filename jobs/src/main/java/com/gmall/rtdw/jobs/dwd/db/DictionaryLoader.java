package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The whole {@code base_dic}, code to name, read once when a task opens (the changes after come via topic_db). */
public interface DictionaryLoader extends Serializable {
    Map<String, String> load() throws SQLException;

    /** From the configured business database. */
    static DictionaryLoader of(GmallConfig config) {
        return jdbc("jdbc:mariadb://" + config.get(GmallOptions.MYSQL_HOST) + ":" + config.get(GmallOptions.MYSQL_PORT)
                + "/" + TableFacts.DATABASE, config.get(GmallOptions.MYSQL_USER), config.get(GmallOptions.MYSQL_PASSWORD));
    }

    /** From the business database over JDBC; the credentials come from the job's configuration. */
    static DictionaryLoader jdbc(String url, String user, String password) {
        return () -> {
            Properties credentials = new Properties();
            credentials.setProperty("user", user);
            credentials.setProperty("password", password);
            Map<String, String> names = new HashMap<>();
            // the driver itself, not DriverManager: a job's class loader is not the one DriverManager searches
            try (Connection c = new org.mariadb.jdbc.Driver().connect(url, credentials);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT dic_code, dic_name FROM base_dic")) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
            return names;
        };
    }
}
