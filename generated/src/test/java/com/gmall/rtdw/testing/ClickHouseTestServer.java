package com.gmall.rtdw.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A private, loopback-only clickhouse-server child process for integration tests (JDK only,
 * JUnit-agnostic).
 */
public final class ClickHouseTestServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 40;
    private static final String INSTALL_HINT =
            "apt-get install -y clickhouse-server clickhouse-client";

    private final Process process;
    private final Path dir;
    private final int httpPort;
    private final int tcpPort;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook;
    // HTTP/1.1 only (no h2c upgrade); the JDK client never sends Accept-Encoding, so no
    // compression.
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    private ClickHouseTestServer(Process process, Path dir, int httpPort, int tcpPort) {
        this.process = process;
        this.dir = dir;
        this.httpPort = httpPort;
        this.tcpPort = tcpPort;
        // A test JVM that dies without calling close() must not leave a server behind.
        this.shutdownHook = new Thread(this::stop, "clickhouse-test-server-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a server configured from {@code repoRoot/conf/clickhouse/*.xml} and waits until it
     * answers /ping.
     */
    public static ClickHouseTestServer start(Path repoRoot) {
        List<String> command = serverCommand();
        ClickHouseTestServer server = null;
        Path dir = null;
        try {
            int[] ports = freeLoopbackPorts();
            dir = Files.createTempDirectory("gmall-clickhouse-");
            Path conf = Files.createDirectories(dir.resolve("conf"));
            Path data = Files.createDirectories(dir.resolve("data"));
            Path logs = Files.createDirectories(dir.resolve("log"));
            Map<String, String> vars =
                    Map.of(
                            "${GMALL_CH_HTTP_PORT}", Integer.toString(ports[0]),
                            "${GMALL_CH_TCP_PORT}", Integer.toString(ports[1]),
                            "${GMALL_CH_DATA_DIR}", data.toAbsolutePath().toString(),
                            "${GMALL_CH_LOG_DIR}", logs.toAbsolutePath().toString(),
                            "${GMALL_CH_USER}", "default",
                            // SHA-256 of the empty password
                            "${GMALL_CH_PASSWORD_SHA256}",
                                    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
            for (String name : List.of("config.xml", "users.xml")) {
                String text = Files.readString(repoRoot.resolve("conf/clickhouse").resolve(name));
                for (Map.Entry<String, String> e : vars.entrySet()) {
                    text = text.replace(e.getKey(), e.getValue());
                }
                Files.writeString(conf.resolve(name), text);
            }
            // Foreground, non-daemon; 18.16 accepts this as root and as a normal user.
            command.add("--config-file=" + conf.resolve("config.xml").toAbsolutePath());
            ProcessBuilder pb =
                    new ProcessBuilder(command)
                            .directory(dir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(logs.resolve("stdout.log").toFile());
            // Newer releases may fork a watchdog parent; keep a single process we can signal
            // (ignored by 18.16).
            pb.environment().put("CLICKHOUSE_WATCHDOG_ENABLE", "0");
            server = new ClickHouseTestServer(pb.start(), dir, ports[0], ports[1]);
            server.awaitPing();
            return server;
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String message =
                    "clickhouse-server did not start (" + String.join(" ", command) + "): " + e;
            if (server != null) {
                message += "\n" + server.logTail(); // read the logs before close() deletes them
                server.close();
            } else if (dir != null) {
                deleteRecursively(dir);
            }
            throw new IllegalStateException(message, e);
        }
    }

    /** HTTP interface port on 127.0.0.1. */
    public int httpPort() {
        return httpPort;
    }

    /** Native protocol port on 127.0.0.1 (for clickhouse-client). */
    public int tcpPort() {
        return tcpPort;
    }

    /** Base URL of the HTTP interface, e.g. {@code http://127.0.0.1:8123}. */
    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /**
     * JDBC URL for ru.yandex clickhouse-jdbc 0.3.2; compression is off because 18.16 returns empty
     * bodies with it.
     */
    public String jdbcUrl(String database) {
        return "jdbc:clickhouse://127.0.0.1:" + httpPort + "/" + database + "?compress=false";
    }

    /** Runs one statement over HTTP (SQL as POST body) and returns the response body text. */
    public String query(String sql) {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(httpUrl() + "/"))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8))
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "ClickHouse HTTP "
                                + response.statusCode()
                                + " for ["
                                + brief(sql)
                                + "]: "
                                + response.body().trim());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "ClickHouse HTTP request failed for [" + brief(sql) + "]", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the server (SIGTERM, then kill after 20 s) and deletes its temporary folder. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (
                IllegalStateException
                        jvmAlreadyShuttingDown) { // the hook runs (or ran) stop() itself
        }
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy(); // SIGTERM on Unix: clickhouse-server shuts down cleanly in ~2 s
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteRecursively(dir);
    }

    private void awaitPing() throws InterruptedException {
        HttpRequest ping =
                HttpRequest.newBuilder(URI.create(httpUrl() + "/ping"))
                        .timeout(Duration.ofSeconds(2))
                        .GET()
                        .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (process.isAlive()) {
            try {
                HttpResponse<String> r = http.send(ping, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().trim().equals("Ok.")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // connection refused until the server has bound its HTTP port
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "no 'Ok.' from "
                                + httpUrl()
                                + "/ping within "
                                + START_TIMEOUT.toSeconds()
                                + " s");
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("server process exited with code " + process.exitValue());
    }

    /**
     * 18.16 (Debian) ships /usr/sbin/clickhouse-server; current releases ship one "clickhouse"
     * multi-tool binary.
     */
    private static List<String> serverCommand() {
        List<String> dirs =
                new ArrayList<>(
                        List.of(
                                System.getenv()
                                        .getOrDefault("PATH", "")
                                        .split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/usr/sbin", "/usr/local/bin"));
        for (String name : List.of("clickhouse-server", "clickhouse")) {
            for (String d : dirs) {
                Path exe = Path.of(d, name);
                if (!d.isBlank() && Files.isRegularFile(exe) && Files.isExecutable(exe)) {
                    return new ArrayList<>(
                            name.equals("clickhouse")
                                    ? List.of(exe.toString(), "server")
                                    : List.of(exe.toString()));
                }
            }
        }
        throw new IllegalStateException(
                "clickhouse-server binary not found on PATH, /usr/bin or /usr/sbin; install it with: "
                        + INSTALL_HINT);
    }

    /**
     * Binds both sockets at once so the two ports differ; a small race with other processes
     * remains.
     */
    private static int[] freeLoopbackPorts() throws IOException {
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (ServerSocket a = new ServerSocket(0, 1, lo);
                ServerSocket b = new ServerSocket(0, 1, lo)) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        }
    }

    private String logTail() {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("log"))) {
            for (Path f : files.sorted().toList()) {
                List<String> lines =
                        new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().toList();
                sb.append("---- last ")
                        .append(LOG_TAIL_LINES)
                        .append(" lines of ")
                        .append(f)
                        .append(" ----\n");
                lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                        .forEach(l -> sb.append(l).append('\n'));
            }
        } catch (IOException | UncheckedIOException e) {
            sb.append("(could not read server logs: ").append(e).append(")\n");
        }
        return sb.toString();
    }

    private static String brief(String sql) {
        return sql.length() <= 300 ? sql : sql.substring(0, 300) + "...";
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) { // best effort: it is a temp folder
        }
    }
}
