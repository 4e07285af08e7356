package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.Identifiers;
import com.gmall.rtdw.runtime.config.ConfigOption;
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
 * MariaDB (Debian's mariadb-server) with its own data folder and a row-based binlog, as Flink CDC
 * needs. On a new data folder the shop's databases are loaded from {@code ddl/mysql}. On every
 * start the accounts of the configuration are created (or their passwords and privileges brought up
 * to date), each with the least it needs: the CDC user reads the binlog, the reader only selects,
 * the simulator's writer writes only the shop's tables, and the administrator (for {@code bin/gmall
 * sql} and the tests' fixtures) is used by no job.
 */
final class MariaDbServer extends LocalServer {
    private static final List<String> SCHEMA_FILES =
            List.of("ddl/mysql/gmall.sql", "ddl/mysql/gmall_config.sql");

    /** The warehouse's own table in {@code gmall}, created at every start if missing. */
    private static final String WAREHOUSE_SCHEMA_FILE = "ddl/mysql/gmall_warehouse.sql";

    MariaDbServer(StackSettings settings) {
        super(settings, "mariadb", settings.mysqlPort());
    }

    /** One account the stack keeps: its user and password settings and everything it is granted. */
    private record Account(
            ConfigOption<String> user, ConfigOption<String> password, List<String> grants) {}

    private static final List<Account> ACCOUNTS =
            List.of(
                    new Account(
                            GmallOptions.STACK_MYSQL_ADMIN_USER,
                            GmallOptions.STACK_MYSQL_ADMIN_PASSWORD,
                            List.of(
                                    "ALL PRIVILEGES ON gmall.*",
                                    "ALL PRIVILEGES ON gmall_config.*")),
                    new Account(
                            GmallOptions.MYSQL_CDC_USER,
                            GmallOptions.MYSQL_CDC_PASSWORD,
                            List.of(
                                    "SELECT ON gmall.*",
                                    "SELECT ON gmall_config.*",
                                    "REPLICATION SLAVE, REPLICATION CLIENT ON *.*")),
                    new Account(
                            GmallOptions.MYSQL_READER_USER,
                            GmallOptions.MYSQL_READER_PASSWORD,
                            List.of("SELECT ON gmall.*", "SELECT ON gmall_config.*")),
                    new Account(
                            GmallOptions.STACK_MYSQL_WRITER_USER,
                            GmallOptions.STACK_MYSQL_WRITER_PASSWORD,
                            List.of("SELECT, INSERT, UPDATE, DELETE ON gmall.*")));

    /**
     * The one all-powerful account earlier versions created: dropped, as its password was
     * published.
     */
    private static final String LEGACY_USER = "gmall";

    @Override
    String address() {
        return "127.0.0.1:"
                + port()
                + " (users "
                + String.join(
                        ", ", ACCOUNTS.stream().map(a -> settings.config().get(a.user())).toList())
                + ")";
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
            List<String> install =
                    new ArrayList<>(
                            List.of(
                                    "mariadb-install-db",
                                    "--no-defaults",
                                    "--datadir=" + dataDir(),
                                    "--auth-root-authentication-method=normal",
                                    "--skip-test-db"));
            if (isRoot()) {
                install.add("--user=root");
            }
            Processes.run(install, dir(), Duration.ofMinutes(3));
        }
    }

    @Override
    List<String> command() {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                "mariadbd",
                                "--no-defaults",
                                "--datadir=" + dataDir(),
                                "--port=" + port(),
                                "--bind-address=127.0.0.1",
                                "--socket=" + socket(),
                                "--pid-file=" + dir().resolve("mariadbd.pid"),
                                "--log-error=" + logDir().resolve("error.log"),
                                "--log-bin=" + dataDir().resolve("binlog"),
                                "--binlog-format=ROW",
                                "--binlog-row-image=FULL",
                                "--server-id=1",
                                "--binlog-expire-logs-seconds=259200",
                                "--character-set-server=utf8mb4",
                                "--collation-server=utf8mb4_general_ci",
                                "--default-time-zone=" + shopOffset()));
        if (isRoot()) {
            cmd.add("--user=root");
        }
        return cmd;
    }

    @Override
    boolean probe() {
        try {
            return Processes.run(
                            List.of(
                                    "mariadb",
                                    "--no-defaults",
                                    "--socket=" + socket(),
                                    "-uroot",
                                    "-N",
                                    "-B",
                                    "-e",
                                    "SELECT @@binlog_format"),
                            dir(),
                            Duration.ofSeconds(10))
                    .trim()
                    .equals("ROW");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    void afterReady(Output out) throws Exception {
        try (Connection root =
                DriverManager.getConnection(
                        "jdbc:mariadb://localhost/?user=root&localSocket=" + socket())) {
            if (!databaseExists(root, "gmall") || !databaseExists(root, "gmall_config")) {
                for (String file : SCHEMA_FILES) {
                    load(file);
                }
                out.line(name(), "loaded " + String.join(", ", SCHEMA_FILES));
            }
            // every start, so that a stack made by an earlier version has it too (the shop's data
            // is left alone)
            load(WAREHOUSE_SCHEMA_FILE);
            ensureAccounts(root);
        }
        try (Connection app = adminConnection();
                Statement st = app.createStatement();
                ResultSet rs = st.executeQuery("SELECT @@binlog_format")) {
            rs.next();
            if (!"ROW".equals(rs.getString(1))) {
                throw new IllegalStateException(
                        "binlog_format is " + rs.getString(1) + ", CDC needs ROW");
            }
        }
    }

    private void load(String file) throws Exception {
        Processes.run(
                List.of(
                        "sh",
                        "-c",
                        "exec mariadb --no-defaults --socket=\"$0\" -uroot "
                                + "--default-character-set=utf8mb4 < \"$1\"",
                        socket().toString(),
                        settings.root().resolve(file).toString()),
                dir(),
                Duration.ofMinutes(5));
    }

    /** A JDBC connection as the stack's administrator, over TCP like every job. */
    Connection adminConnection() throws SQLException {
        return connection(
                GmallOptions.STACK_MYSQL_ADMIN_USER, GmallOptions.STACK_MYSQL_ADMIN_PASSWORD);
    }

    /** A JDBC connection to {@code gmall} as the account of these settings. */
    Connection connection(ConfigOption<String> user, ConfigOption<String> password)
            throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port() + "/gmall",
                settings.config().get(user),
                settings.config().get(password));
    }

    /**
     * Every account of {@link #ACCOUNTS} with exactly its grants: what an earlier start (or
     * version) granted more is revoked first. Names come from configuration and are validated;
     * passwords are bound. None of it goes to the binlog, where a {@code CREATE USER} would show
     * the password to whoever reads the binlog.
     */
    private void ensureAccounts(Connection root) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Account account : ACCOUNTS) {
            String user =
                    Identifiers.require(
                            account.user().key(), settings.config().get(account.user()));
            if (!names.add(user)) {
                throw new IllegalStateException(
                        account.user().key()
                                + " '"
                                + user
                                + "' is also another account's "
                                + "user: each role needs an account of its own, or it gets the sum of their privileges");
            }
            if (settings.config().get(account.password()).isEmpty()) {
                throw new IllegalStateException(
                        account.password().key()
                                + " is empty: bin/gmall up creates no "
                                + "account without a password (set it in conf/local.properties or "
                                + account.password().environmentVariable()
                                + ")");
            }
        }
        try (Statement st = root.createStatement()) {
            // account statements carry passwords in plain text, and the binlog is what the CDC user
            // may read
            st.execute("SET SESSION sql_log_bin = 0");
        }
        if (!names.contains(LEGACY_USER)) {
            try (Statement drop = root.createStatement()) {
                drop.execute(
                        "DROP USER IF EXISTS '"
                                + LEGACY_USER
                                + "'@'127.0.0.1', '"
                                + LEGACY_USER
                                + "'@'localhost'");
            }
        }
        for (Account account : ACCOUNTS) {
            ensureAccount(
                    root,
                    settings.config().get(account.user()),
                    settings.config().get(account.password()),
                    account.grants());
        }
    }

    private static void ensureAccount(
            Connection root, String user, String password, List<String> grants)
            throws SQLException {
        for (String host : List.of("127.0.0.1", "localhost")) {
            String account = "'" + user + "'@'" + host + "'";
            try (PreparedStatement create =
                            root.prepareStatement(
                                    "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY ?");
                    PreparedStatement alter =
                            root.prepareStatement("ALTER USER " + account + " IDENTIFIED BY ?");
                    Statement st = root.createStatement()) {
                create.setString(1, password);
                create.execute();
                alter.setString(1, password);
                alter.execute();
                st.execute("REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + account);
                for (String grant : grants) {
                    st.execute("GRANT " + grant + " TO " + account);
                }
            }
        }
    }

    private static boolean databaseExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
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
     * The shop's database runs in the shop's zone (warehouse.time-zone): Flink CDC checks that the
     * server's zone matches the one it is told, and NOW() in the shop's SQL means shop time. As an
     * offset, because a fresh MariaDB has no time zone tables to resolve names with.
     */
    private String shopOffset() {
        String offset =
                settings.config().timeZone().getRules().getOffset(java.time.Instant.now()).getId();
        return offset.equals("Z") ? "+00:00" : offset;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
