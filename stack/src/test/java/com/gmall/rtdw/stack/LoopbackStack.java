package com.gmall.rtdw.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole local stack for one integration test class, as {@code bin/gmall up} runs it, from an
 * empty work folder on ports of its own ({@code <base>092} for Kafka, {@code <base>306} for
 * MariaDB...: below Linux's ephemeral range, so neither a developer's stack nor a client
 * connection's port gets in the way). Its broker authenticates clients with SASL/PLAIN and
 * ClickHouse wants a password, as a shop's servers would.
 */
final class LoopbackStack implements AutoCloseable {
    static final String JAAS_PREFIX =
            "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"gmall-it\" ";
    static final String KAFKA_SECRET = "it-kafka-secret";
    static final String CLICKHOUSE_SECRET = "it-secret";

    final Path home;
    final StackSettings settings;
    final Stack stack;

    /** What the stack printed, for tests that look at it. */
    final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private LoopbackStack(Path home, StackSettings settings) {
        this.home = home;
        this.settings = settings;
        this.stack =
                new Stack(
                        settings,
                        new Output(new PrintStream(output, true, StandardCharsets.UTF_8)));
    }

    /**
     * Starts a stack on ports {@code base}092, {@code base}306 and so on ({@code base} from 20 to
     * 31).
     */
    static LoopbackStack up(String name, int base) throws Exception {
        Path home = Files.createTempDirectory(name);
        Map<String, String> env =
                new HashMap<>(
                        Map.of(
                                "GMALL_HOME",
                                home.toString(),
                                "GMALL_KAFKA_BOOTSTRAP_SERVERS",
                                "127.0.0.1:" + base + "092",
                                "GMALL_STACK_KAFKA_CONTROLLER_PORT",
                                base + "093",
                                "GMALL_MYSQL_PORT",
                                base + "306",
                                "GMALL_REDIS_PORT",
                                base + "379",
                                "GMALL_PHOENIX_ZK_QUORUM",
                                "127.0.0.1:" + base + "181",
                                "GMALL_STACK_HBASE_MASTER_PORT",
                                base + "100",
                                "GMALL_STACK_HBASE_REGIONSERVER_PORT",
                                base + "120",
                                "GMALL_CLICKHOUSE_URL",
                                "http://127.0.0.1:" + base + "123"));
        env.put("GMALL_STACK_CLICKHOUSE_TCP_PORT", base + "900");
        env.put(
                "GMALL_CLICKHOUSE_PASSWORD",
                CLICKHOUSE_SECRET); // the server's user and password come from configuration
        // the broker authenticates its clients (SASL/PLAIN): the stack's own admin client, Flume
        // and the tools use it
        env.put("GMALL_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("GMALL_KAFKA_SASL_MECHANISM", "PLAIN");
        env.put("GMALL_KAFKA_SASL_JAAS_CONFIG", JAAS_PREFIX + "password=\"" + KAFKA_SECRET + "\";");
        LoopbackStack started =
                new LoopbackStack(
                        home,
                        StackSettings.load(Path.of(System.getProperty("gmall.root", "..")), env));
        started.stack.up();
        return started;
    }

    /** Prints what the stack said, stops it and deletes its work folder. */
    @Override
    public void close() throws IOException {
        System.out.println(output.toString(StandardCharsets.UTF_8));
        stack.reset();
        if (Files.exists(home)) {
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The first column of the first row of {@code sql}. */
    static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
