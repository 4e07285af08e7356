package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.MariaDb;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole {@code base_dic}, code to name, read once when a task opens (the changes after come via
 * topic_db).
 */
public interface DictionaryLoader extends Serializable {
    Map<String, String> load() throws SQLException;

    /** From the configured business database. */
    static DictionaryLoader of(GmallConfig config) {
        MariaDb database = MariaDb.of(config, TableFacts.DATABASE);
        return () -> {
            Map<String, String> names = new HashMap<>();
            try (Connection c = database.connect();
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
