package com.gmall.rtdw.stack;

import com.gmall.rtdw.cli.UsageException;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * {@code bin/gmall sql mariadb|clickhouse|phoenix "<query>"}: one statement against a local server,
 * printed as a table.
 */
final class SqlShell {
    private final StackSettings settings;

    SqlShell(StackSettings settings) {
        this.settings = settings;
    }

    void run(String engine, String sql, PrintStream out) throws SQLException {
        try (Connection c = connect(engine);
                Statement st = c.createStatement()) {
            if (st.execute(stripSemicolon(sql))) {
                ResultTable.print(st.getResultSet(), out);
            } else {
                out.println(st.getUpdateCount() + " rows affected");
            }
        }
    }

    Connection connect(String engine) throws SQLException {
        return switch (engine) {
            case "mariadb", "mysql" ->
                    DriverManager.getConnection(
                            settings.shopJdbcUrl(),
                            settings.config().get(GmallOptions.STACK_MYSQL_ADMIN_USER),
                            settings.config().get(GmallOptions.STACK_MYSQL_ADMIN_PASSWORD));
            case "clickhouse" -> {
                Properties p = new Properties();
                p.setProperty("user", settings.config().get(GmallOptions.CLICKHOUSE_USER));
                p.setProperty("password", settings.config().get(GmallOptions.CLICKHOUSE_PASSWORD));
                java.net.URI http =
                        java.net.URI.create(settings.config().get(GmallOptions.CLICKHOUSE_URL));
                yield new ru.yandex.clickhouse.ClickHouseDataSource(
                                "jdbc:clickhouse://"
                                        + http.getHost()
                                        + ":"
                                        + http.getPort()
                                        + "/"
                                        + settings.config().get(GmallOptions.CLICKHOUSE_DATABASE)
                                        + "?compress=false",
                                new ru.yandex.clickhouse.settings.ClickHouseProperties(p))
                        .getConnection();
            }
            case "phoenix" -> {
                // Phoenix connections do not auto-commit: an UPSERT typed here must not be silently
                // dropped
                Connection c =
                        PhoenixConnections.open(
                                settings.config().get(GmallOptions.PHOENIX_ZK_QUORUM));
                c.setAutoCommit(true);
                yield c;
            }
            default ->
                    throw new UsageException(
                            "unknown engine '" + engine + "': use mariadb, clickhouse or phoenix");
        };
    }

    private static String stripSemicolon(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
