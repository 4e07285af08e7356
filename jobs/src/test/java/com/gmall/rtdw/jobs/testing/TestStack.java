package com.gmall.rtdw.jobs.testing;

import com.gmall.rtdw.stack.Output;
import com.gmall.rtdw.stack.Stack;
import com.gmall.rtdw.stack.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The local stack for the jobs' integration tests: started once per test JVM from an empty work
 * folder on ports of its own (30xxx: a developer's running stack is left alone), wiped when the JVM
 * ends. The ports are below Linux's ephemeral range (32768 and up), where a client connection's own
 * port could otherwise take one of them. Its broker authenticates clients with SASL/PLAIN, Redis
 * wants its password and MariaDB has the stack's least-privilege accounts, so every job runs here
 * as it would against a shop's secured servers.
 */
public final class TestStack {
    private static TestStack instance;

    private final StackSettings settings;
    private final Path home;
    private final Map<String, String> environment;

    private TestStack(StackSettings settings, Path home, Map<String, String> environment) {
        this.settings = settings;
        this.home = home;
        this.environment = environment;
    }

    /** The running test stack, started on first use. */
    public static synchronized TestStack get() throws Exception {
        if (instance == null) {
            Path home = Files.createTempDirectory("gmall-jobs-itcase");
            Map<String, String> env =
                    new HashMap<>(
                            Map.of(
                                    "GMALL_HOME",
                                    home.toString(),
                                    "GMALL_KAFKA_BOOTSTRAP_SERVERS",
                                    "127.0.0.1:30092",
                                    "GMALL_STACK_KAFKA_CONTROLLER_PORT",
                                    "30093",
                                    "GMALL_MYSQL_PORT",
                                    "30306",
                                    "GMALL_REDIS_PORT",
                                    "30379",
                                    "GMALL_PHOENIX_ZK_QUORUM",
                                    "127.0.0.1:30181",
                                    "GMALL_STACK_HBASE_MASTER_PORT",
                                    "30100",
                                    "GMALL_STACK_HBASE_REGIONSERVER_PORT",
                                    "30120",
                                    "GMALL_CLICKHOUSE_URL",
                                    "http://127.0.0.1:30123",
                                    "GMALL_STACK_CLICKHOUSE_TCP_PORT",
                                    "30900"));
            env.put("GMALL_FLINK_CHECKPOINT_INTERVAL_MS", "2000");
            // every job's Kafka source, sink and admin client logs in (SASL/PLAIN), as on a shop's
            // authenticated brokers
            env.put("GMALL_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            env.put("GMALL_KAFKA_SASL_MECHANISM", "PLAIN");
            env.put(
                    "GMALL_KAFKA_SASL_JAAS_CONFIG",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required "
                            + "username=\"gmall-jobs-it\" password=\"jobs-it-kafka-secret\";");
            StackSettings settings =
                    StackSettings.load(Path.of(System.getProperty("gmall.root", "..")), env);
            Stack stack = new Stack(settings, new Output(System.out));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> wipe(stack, home)));
            stack.up();
            instance = new TestStack(settings, home, Map.copyOf(env));
        }
        return instance;
    }

    public StackSettings settings() {
        return settings;
    }

    /**
     * The {@code GMALL_*} variables that point at this stack: another JVM loading its settings with
     * them gets it.
     */
    public Map<String, String> environment() {
        return environment;
    }

    /** A fresh folder for one test's checkpoints and savepoints. */
    public Path folder(String name) throws IOException {
        return Files.createDirectories(home.resolve("tests").resolve(name));
    }

    private static void wipe(Stack stack, Path home) {
        try {
            stack.reset();
            if (Files.exists(home)) {
                try (Stream<Path> all = Files.walk(home)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
