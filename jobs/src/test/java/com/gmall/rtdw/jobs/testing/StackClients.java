package com.gmall.rtdw.jobs.testing;

import com.gmall.rtdw.runtime.RedisClients;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import com.gmall.rtdw.runtime.config.RedisEndpoint;
import com.gmall.rtdw.stack.PhoenixConnections;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import redis.clients.jedis.Jedis;

/**
 * What the integration tests do to the stack's servers directly: SQL on MariaDB and Phoenix, Redis,
 * waiting.
 */
public final class StackClients {
    private StackClients() {}

    /**
     * Runs one statement on MariaDB database {@code database} as the stack's administrator (a
     * fixture's write).
     */
    public static void mariadb(GmallConfig config, String database, String statement)
            throws Exception {
        try (Connection c = mariadb(config, database);
                Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    /** One statement with its values bound to its {@code ?}, as the admin user. */
    public static void mariadbBound(
            GmallConfig config, String database, String statement, Object... values)
            throws Exception {
        try (Connection c = mariadb(config, database);
                PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.executeUpdate();
        }
    }

    private static Connection mariadb(GmallConfig config, String database) throws Exception {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + config.get(GmallOptions.MYSQL_PORT) + "/" + database,
                config.get(GmallOptions.STACK_MYSQL_ADMIN_USER),
                config.get(GmallOptions.STACK_MYSQL_ADMIN_PASSWORD));
    }

    /**
     * The row of a Phoenix table whose {@code keyColumn} is {@code key}, column label to value, if
     * any.
     */
    public static Optional<Map<String, String>> phoenixRow(
            GmallConfig config, String table, String keyColumn, String key) throws Exception {
        try (Connection c = PhoenixConnections.open(config.get(GmallOptions.PHOENIX_ZK_QUORUM));
                PreparedStatement st =
                        c.prepareStatement(
                                "SELECT * FROM " + table + " WHERE " + keyColumn + " = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                return Optional.of(row);
            }
        }
    }

    /** Rows of a table of database gmall. */
    public static long mariadbCount(GmallConfig config, String table) throws Exception {
        try (Connection c = mariadb(config, "gmall");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows of a Phoenix table. */
    public static long phoenixCount(GmallConfig config, String table) throws Exception {
        try (Connection c = PhoenixConnections.open(config.get(GmallOptions.PHOENIX_ZK_QUORUM));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether the Phoenix table exists (an error reading it means no). */
    public static boolean phoenixTableExists(GmallConfig config, String table) {
        try (Connection c = PhoenixConnections.open(config.get(GmallOptions.PHOENIX_ZK_QUORUM));
                Statement st = c.createStatement()) {
            st.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** A plain (not transactional) producer to the stack's Kafka, for recorded input. */
    public static KafkaProducer<byte[], byte[]> producer(GmallConfig config) {
        return new KafkaProducer<>(
                KafkaClientProperties.of(config),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    public static Jedis redis(GmallConfig config) {
        return RedisClients.connect(RedisEndpoint.of(config), 2000);
    }

    /**
     * Polls {@code probe} until {@code done} holds for its value; fails with {@code what} after the
     * timeout.
     */
    public static <T> T await(String what, Callable<T> probe, Predicate<T> done, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.call();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "not within "
                                + timeout.toSeconds()
                                + " s: "
                                + what
                                + " (last: "
                                + value
                                + ")");
            }
            Thread.sleep(250);
            value = probe.call();
        }
        return value;
    }
}
