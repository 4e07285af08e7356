package com.gmall.rtdw.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One server of the local stack: how to prepare its folder, the command that runs it in the
 * foreground, and a probe that makes a real client request. Each keeps everything under {@code
 * <work>/<name>/}.
 */
abstract class LocalServer {
    protected final StackSettings settings;
    private final String name;
    private final int port;

    /**
     * @param name short name: folder, pid file and progress lines
     * @param port the port that must be free to start it, shown by status
     */
    LocalServer(StackSettings settings, String name, int port) {
        this.settings = settings;
        this.name = name;
        this.port = port;
    }

    final String name() {
        return name;
    }

    final int port() {
        return port;
    }

    /** Every port it binds, each checked to be free before {@code up} starts anything. */
    List<Integer> ports() {
        return List.of(port);
    }

    /** Where clients reach it, for status lines. */
    String address() {
        return "127.0.0.1:" + port;
    }

    /** Creates folders and configuration, initialises data on first use. */
    abstract void prepare(Output out) throws Exception;

    /** The foreground command that runs the server. */
    abstract List<String> command() throws Exception;

    /** One attempt at a real client request; true when it answered. Never throws. */
    abstract boolean probe();

    /** Work after the first successful probe (databases, users, schemas, topics). */
    void afterReady(Output out) throws Exception {}

    Map<String, String> environment() {
        return Map.of();
    }

    Duration startTimeout() {
        return Duration.ofSeconds(90);
    }

    Duration stopGrace() {
        return Duration.ofSeconds(30);
    }

    /** The logs worth showing when it fails to start, most telling first. */
    List<Path> diagnosticLogs() {
        return List.of(outputLog());
    }

    Path dir() {
        return settings.work(name());
    }

    Path dataDir() {
        return dir().resolve("data");
    }

    Path logDir() {
        return dir().resolve("log");
    }

    Path confDir() {
        return dir().resolve("conf");
    }

    /** Where the process's stdout and stderr go. */
    Path outputLog() {
        return logDir().resolve("stdout.log");
    }

    Path pidFile() {
        return settings.work("run/" + name() + ".pid");
    }

    /** The running process, if {@code up} started it and it still runs. */
    Optional<ProcessHandle> running() {
        return Processes.alive(pidFile(), settings.home().toString());
    }

    /** The JVM running this launcher, for servers that are Java programs too. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The flags Flink 1.13 and these servers need on Java 17 (docs/platform.md). */
    static List<String> java17Opens() {
        return List.of(
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
                "--add-opens=java.base/java.time=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.util=ALL-UNNAMED");
    }
}
