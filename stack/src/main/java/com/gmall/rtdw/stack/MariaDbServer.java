package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.Identifiers;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB (Debian's mariadb-server) with its own data folder and a row-based binlog, as Flink CDC needs. On a new
 * data folder the shop's databases are loaded from {@code ddl/mysql}; the application user of the configuration
 * is created (or its password updated) on every start, with the privileges CDC needs.
 */
final class MariaDbServer extends LocalServer {
    private static final List<String> SCHEMA_FILES = List.of("ddl/mysql/gmall.sql", "ddl/mysql/gmall_config.sql");

    MariaDbServer(StackSettings settings) {
        super(settings, "mariadb", settings.mysqlPort());
    }



    @Override
    String address() {
        return "127.0.0.1:" + port() + " (user " + settings.config().get(GmallOptions.MYSQL_USER) + ")";
    }

    Path socket() {
        return dir().resolve("mysqld.sock");
    }

    @Override
    void prepare(Output out) throws Exception {
        Files.createDirectories(logDir());
        if (!Files.exists(dataDir().resolve("mysql"))) {
            out.line(name(), "creating a new data folder");
            Files.createDirectories(dataDir());
            List<String> install = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults",
                    "--datadir=" + dataDir(), "--auth-root-authentication-method=normal", "--skip-test-db"));
            if (isRoot()) {
                install.add("--user=root");
            }
            Processes.run(install, dir(), Duration.ofMinutes(3));
        }
    }

    @Override
    List<String> command() {
        List<String> cmd = new ArrayList<>(List.of("mariadbd", "--no-defaults", "--datadir=" + dataDir(),
                "--port=" + port(), "--bind-address=127.0.0.1", "--socket=" + socket(),
                "--pid-file=" + dir().resolve("mariadbd.pid"), "--log-error=" + logDir().resolve("error.log"),
                "--log-bin=" + dataDir().resolve("binlog"), "--binlog-format=ROW", "--binlog-row-image=FULL",
                "--server-id=1", "--binlog-expire-logs-seconds=259200", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_general_ci", "--default-time-zone=" + shopOffset()));
        if (isRoot()) {
            cmd.add("--user=root");
        }
        return cmd;
    }

    @Override
    boolean probe() {
        try {
            return Processes.run(List.of("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-N", "-B",
                    "-e", "SELECT @@binlog_format"), dir(), Duration.ofSeconds(10)).trim().equals("ROW");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    void afterReady(Output out) throws Exception {
        try (Connection root = DriverManager.getConnection(
                "jdbc:mariadb://localhost/?user=root&localSocket=" + socket())) {
            if (!databaseExists(root, "gmall") || !databaseExists(root, "gmall_config")) {
                for (String file : SCHEMA_FILES) {
                    Processes.run(List.of("sh", "-c", "exec mariadb --no-defaults --socket=\"$0\" -uroot "
                            + "--default-character-set=utf8mb4 < \"$1\"", socket().toString(),
                            settings.root().resolve(file).toString()), dir(), Duration.ofMinutes(5));
                }
                out.line(name(), "loaded " + String.join(", ", SCHEMA_FILES));
            }
            ensureApplicationUser(root);
        }
        try (Connection app = applicationConnection(); Statement st = app.createStatement();
                ResultSet rs = st.executeQuery("SELECT @@binlog_format")) {
            rs.next();
            if (!"ROW".equals(rs.getString(1))) {
                throw new IllegalStateException("binlog_format is " + rs.getString(1) + ", CDC needs ROW");
            }
        }
    }

    /** A JDBC connection as the configured application user, over TCP like every job. */
    Connection applicationConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port() + "/gmall",
                settings.config().get(GmallOptions.MYSQL_USER), settings.config().get(GmallOptions.MYSQL_PASSWORD));
    }

    /** The user and password come from configuration: the name is validated, the password bound. */
    private void ensureApplicationUser(Connection root) throws SQLException {
        String user = Identifiers.require("mysql.user", settings.config().get(GmallOptions.MYSQL_USER));
        String password = settings.config().get(GmallOptions.MYSQL_PASSWORD);
        for (String host : List.of("127.0.0.1", "localhost")) {
            String account = "'" + user + "'@'" + host + "'";
            try (PreparedStatement create = root.prepareStatement("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY ?");
                    PreparedStatement alter = root.prepareStatement("ALTER USER " + account + " IDENTIFIED BY ?");
                    Statement grants = root.createStatement()) {
                create.setString(1, password);
                create.execute();
                alter.setString(1, password);
                alter.execute();
                grants.execute("GRANT ALL PRIVILEGES ON gmall.* TO " + account);
                grants.execute("GRANT ALL PRIVILEGES ON gmall_config.* TO " + account);
                grants.execute("GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO "
                        + account);
            }
        }
    }

    private static boolean databaseExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Override
    List<Path> diagnosticLogs() {
        return List.of(logDir().resolve("error.log"), outputLog());
    }

    /**
     * The shop's database runs in the shop's zone (warehouse.time-zone): Flink CDC checks that the server's zone
     * matches the one it is told, and NOW() in the shop's SQL means shop time. As an offset, because a fresh
     * MariaDB has no time zone tables to resolve names with.
     */
    private String shopOffset() {
        String offset = settings.config().timeZone().getRules().getOffset(java.time.Instant.now()).getId();
        return offset.equals("Z") ? "+00:00" : offset;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
