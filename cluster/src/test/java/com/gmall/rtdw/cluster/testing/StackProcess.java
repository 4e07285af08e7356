package com.gmall.rtdw.cluster.testing;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local stack for this module's integration tests, run as `bin/gmall up` runs it but in a
 * process of its own: its Phoenix client carries Hadoop 2.10, which must not meet the mini YARN
 * cluster's Hadoop in the test JVM. Ports of its own (31xxx), so that neither a developer's stack
 * nor the jobs module's test stack is touched, and below Linux's ephemeral range (32768 and up),
 * where a client connection's own port could take one of them (a CI run failed so: `up` found 53306
 * and 56120 taken by other processes' connections).
 */
public final class StackProcess implements AutoCloseable {
    public static final String KAFKA = "127.0.0.1:31092";

    private final Path root;
    private final Path home;
    private final Map<String, String> environment;

    private StackProcess(Path root, Path home) {
        this.root = root;
        this.home = home;
        this.environment =
                Map.ofEntries(
                        Map.entry("GMALL_HOME", home.toString()),
                        Map.entry("GMALL_KAFKA_BOOTSTRAP_SERVERS", KAFKA),
                        Map.entry("GMALL_STACK_KAFKA_CONTROLLER_PORT", "31093"),
                        Map.entry("GMALL_MYSQL_PORT", "31306"),
                        Map.entry("GMALL_REDIS_PORT", "31379"),
                        Map.entry("GMALL_PHOENIX_ZK_QUORUM", "127.0.0.1:31181"),
                        Map.entry("GMALL_STACK_HBASE_MASTER_PORT", "31100"),
                        Map.entry("GMALL_STACK_HBASE_REGIONSERVER_PORT", "31120"),
                        Map.entry("GMALL_CLICKHOUSE_URL", "http://127.0.0.1:31123"),
                        Map.entry("GMALL_STACK_CLICKHOUSE_TCP_PORT", "31900"));
    }

    public static StackProcess up() throws Exception {
        Path root = Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();
        StackProcess stack =
                new StackProcess(root, Files.createTempDirectory("gmall-cluster-itcase"));
        stack.run("up");
        return stack;
    }

    /**
     * The jobs' configuration for this stack, as the environment overrides a cluster file would
     * carry.
     */
    public Map<String, String> settings() {
        // the accounts and passwords bin/gmall up made from the local profile
        GmallConfig local = GmallConfig.load(root.resolve("conf/local.properties"), Map.of());
        return Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", KAFKA),
                Map.entry("mysql.host", "127.0.0.1"),
                Map.entry("mysql.port", "31306"),
                Map.entry("redis.host", "127.0.0.1"),
                Map.entry("redis.port", "31379"),
                Map.entry("phoenix.zk.quorum", "127.0.0.1:31181"),
                Map.entry("clickhouse.url", "http://127.0.0.1:31123"),
                Map.entry("clickhouse.database", "gmall_rtdw"),
                Map.entry("mysql.cdc.user", local.get(GmallOptions.MYSQL_CDC_USER)),
                Map.entry("mysql.cdc.password", local.get(GmallOptions.MYSQL_CDC_PASSWORD)),
                Map.entry("mysql.reader.user", local.get(GmallOptions.MYSQL_READER_USER)),
                Map.entry("mysql.reader.password", local.get(GmallOptions.MYSQL_READER_PASSWORD)),
                Map.entry("redis.password", local.get(GmallOptions.REDIS_PASSWORD)));
    }

    private void run(String command) throws IOException, InterruptedException {
        Path jar = root.resolve("stack/target/gmall-stack-0.1.0-SNAPSHOT.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line =
                new ArrayList<>(
                        List.of(
                                java,
                                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                                "--add-opens=java.base/java.util=ALL-UNNAMED",
                                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                                "-Dgmall.root=" + root,
                                "-cp",
                                jar + ":" + root.resolve("stack/target/lib") + "/*",
                                "com.gmall.rtdw.stack.StackMain",
                                command));
        ProcessBuilder builder = new ProcessBuilder(line).inheritIO();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "bin/gmall " + command + " did not finish in 5 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "bin/gmall " + command + " failed: exit " + process.exitValue());
        }
    }

    @Override
    public void close() throws Exception {
        run("reset");
    }
}
