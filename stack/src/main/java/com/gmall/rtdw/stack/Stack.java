package com.gmall.rtdw.stack;

import com.gmall.rtdw.cli.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local stack as a whole: {@code up} starts every server that is not running (all at once, then
 * waits for each to answer a real client), {@code down} stops only what {@code up} started, {@code
 * status} shows one line per server, {@code reset} wipes the work folder.
 */
public final class Stack {
    private final StackSettings settings;
    private final List<LocalServer> servers;
    private final Output out;

    public Stack(StackSettings settings, Output out) {
        this.settings = settings;
        this.out = out;
        this.servers =
                List.of(
                        new MariaDbServer(settings),
                        new RedisServer(settings),
                        new ClickHouseServer(settings),
                        new KafkaServer(settings),
                        new HBaseServer(settings),
                        new FlumeAgent(settings));
    }

    /**
     * The file that marks a folder as a work folder of ours: {@code reset} deletes nothing else.
     */
    static final String MARKER = ".gmall-work-folder";

    /**
     * Starts what is not running; returns normally only when every server answers. Servers already
     * running are probed and their after-start work (idempotent) is redone, so an earlier {@code
     * up} that failed half-way is completed. If this {@code up} fails, or is interrupted, the
     * servers it started are stopped again.
     */
    public void up() throws Exception {
        Files.createDirectories(settings.home());
        if (!Files.exists(settings.home().resolve(MARKER))) {
            Files.writeString(
                    settings.home().resolve(MARKER), "work folder of the gmall-rtdw local stack\n");
        }
        if (servers.stream().allMatch(s -> s.running().isPresent())
                && servers.stream().allMatch(LocalServer::probe)) {
            out.plain(
                    "gmall: the local stack is already running ("
                            + settings.home()
                            + "); nothing changed");
            status();
            return;
        }
        checkPortsFree();
        DebianPackages.ensure(settings.home(), out);
        List<LocalServer> startedHere = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread cleanup = new Thread(() -> stopAll(startedHere));
        Runtime.getRuntime().addShutdownHook(cleanup);
        java.util.concurrent.ExecutorService waiters =
                java.util.concurrent.Executors.newCachedThreadPool();
        try {
            startAll(waiters, startedHere);
        } catch (Exception e) {
            stopAll(startedHere);
            throw e;
        } finally {
            waiters.shutdownNow();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
        out.plain("gmall: local stack up; data in " + settings.home());
    }

    private void stopAll(List<LocalServer> started) {
        for (LocalServer server : started) {
            server.running().ifPresent(p -> Processes.stop(p, server.stopGrace()));
            deleteQuietly(server.pidFile());
        }
        started.clear();
    }

    /**
     * Starts each server that is not running and at once begins waiting for it on its own thread.
     */
    private void startAll(
            java.util.concurrent.ExecutorService waiters, List<LocalServer> startedHere)
            throws Exception {
        List<Started> started = new ArrayList<>();
        List<java.util.concurrent.Future<Long>> readyAt = new ArrayList<>();
        for (LocalServer server : servers) {
            Optional<ProcessHandle> running = server.running();
            if (running.isPresent()) {
                out.line(
                        server.name(),
                        "already running (pid " + running.get().pid() + "); checking it");
                Started s = new Started(server, running.get().pid(), System.nanoTime());
                started.add(s);
                readyAt.add(waiters.submit(() -> awaitReady(s)));
                continue;
            }
            out.line(server.name(), "starting...");
            server.prepare(out);
            long pid =
                    Processes.startDetached(
                            server.command(),
                            server.dir(),
                            server.outputLog(),
                            server.environment());
            Processes.writePid(server.pidFile(), pid);
            startedHere.add(server);
            Started s = new Started(server, pid, System.nanoTime());
            started.add(s);
            readyAt.add(waiters.submit(() -> awaitReady(s)));
        }
        for (int i = 0; i < started.size(); i++) {
            Started s = started.get(i);
            long at;
            try {
                at = readyAt.get(i).get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            s.server().afterReady(out);
            out.line(
                    s.server().name(),
                    String.format(
                            Locale.ROOT,
                            "ready in %.1f s  %s  (pid %d)",
                            (at - s.startNanos()) / 1e9,
                            s.server().address(),
                            s.pid()));
        }
    }

    /** Before starting anything: every port of a server that is not running must be free. */
    private void checkPortsFree() {
        List<String> taken = new ArrayList<>();
        for (LocalServer server : servers) {
            if (server.running().isEmpty()) {
                for (int port : server.ports()) {
                    if (Processes.portInUse(port)) {
                        taken.add(server.name() + " (port " + port + ")");
                    }
                }
            }
        }
        if (!taken.isEmpty()) {
            throw new IllegalStateException(
                    "ports already in use by processes `up` did not start: "
                            + String.join(", ", taken)
                            + "; stop them or choose other ports in conf/local.properties");
        }
    }

    /** Probes one server until it answers; returns when (System.nanoTime) it first did. */
    private long awaitReady(Started s) throws InterruptedException {
        LocalServer server = s.server();
        while (!server.probe()) {
            if (!alive(s.pid())) {
                throw failure(server, "exited during start");
            }
            if (System.nanoTime() - s.startNanos() > server.startTimeout().toNanos()) {
                throw failure(
                        server,
                        "did not answer within " + server.startTimeout().toSeconds() + " s");
            }
            Thread.sleep(100);
        }
        if (!alive(s.pid())) {
            throw failure(server, "exited during start (something else answered on its port)");
        }
        return System.nanoTime();
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private IllegalStateException failure(LocalServer server, String what) {
        StringBuilder message =
                new StringBuilder(server.name() + " " + what + ". Last lines of its logs:");
        for (Path log : server.diagnosticLogs()) {
            message.append("\n--- ").append(log).append('\n').append(Processes.tail(log, 30));
        }
        return new IllegalStateException(message.toString());
    }

    /**
     * Stops, in reverse start order, every server {@code up} started; fails naming any that would
     * not end.
     */
    public void down() {
        boolean any = false;
        List<String> failedToStop = new ArrayList<>();
        List<LocalServer> reverse = new ArrayList<>(servers);
        java.util.Collections.reverse(reverse);
        for (LocalServer server : reverse) {
            Optional<ProcessHandle> running = server.running();
            if (running.isEmpty()) {
                continue;
            }
            any = true;
            long start = System.nanoTime();
            boolean clean = Processes.stop(running.get(), server.stopGrace());
            if (!running.get().isAlive()) {
                deleteQuietly(server.pidFile());
            } else {
                failedToStop.add(server.name());
            }
            out.line(
                    server.name(),
                    String.format(
                            Locale.ROOT,
                            "stopped in %.1f s%s",
                            (System.nanoTime() - start) / 1e9,
                            clean
                                    ? ""
                                    : " (killed after " + server.stopGrace().toSeconds() + " s)"));
        }
        if (!any) {
            out.plain("gmall: nothing of the local stack is running");
        }
        if (!failedToStop.isEmpty()) {
            throw new IllegalStateException("still running after SIGKILL: " + failedToStop);
        }
    }

    /**
     * Stops one server as an outage would: cleanly, or with SIGKILL when {@code kill}. {@code up}
     * starts it again (the jobs' failure behaviour can be tried by hand, and the fault-injection
     * tests do just that).
     */
    public void stop(String name, boolean kill) {
        LocalServer server =
                servers.stream()
                        .filter(s -> s.name().equals(name))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new UsageException(
                                                "no server '"
                                                        + name
                                                        + "'; servers: "
                                                        + servers.stream()
                                                                .map(LocalServer::name)
                                                                .toList()));
        Optional<ProcessHandle> running = server.running();
        if (running.isEmpty()) {
            out.line(name, "not running");
            return;
        }
        long start = System.nanoTime();
        if (kill) {
            running.get().destroyForcibly();
            running.get().onExit().join();
        } else {
            Processes.stop(running.get(), server.stopGrace());
        }
        if (!running.get().isAlive()) {
            deleteQuietly(server.pidFile());
        }
        out.line(
                name,
                String.format(
                        Locale.ROOT,
                        "%s in %.1f s",
                        kill ? "killed" : "stopped",
                        (System.nanoTime() - start) / 1e9));
    }

    /** One line per server: up or down, pid, address, size of its folder. */
    public void status() {
        for (LocalServer server : servers) {
            Optional<ProcessHandle> running = server.running();
            out.line(
                    server.name(),
                    String.format(
                            Locale.ROOT,
                            "%-5s %-8s %-48s %s",
                            running.isPresent() ? "up" : "down",
                            running.map(h -> "pid " + h.pid()).orElse(""),
                            server.address(),
                            humanSize(sizeOf(server.dir()))));
        }
        KafkaServer kafka =
                (KafkaServer)
                        servers.stream()
                                .filter(s -> s instanceof KafkaServer)
                                .findFirst()
                                .orElseThrow();
        if (kafka.running().isPresent() && kafka.probe()) {
            try {
                out.line("dead letters", DeadLetterCounts.summary(DeadLetterCounts.of(settings)));
            } catch (Exception e) {
                out.line("dead letters", "not read: " + e.getMessage());
            }
        }
    }

    /**
     * Stops everything, then deletes the work folder, if it is one of ours (it holds the marker
     * {@code up} writes).
     */
    public void reset() throws IOException {
        down();
        if (Files.exists(settings.home()) && !Files.exists(settings.home().resolve(MARKER))) {
            throw new IllegalStateException(
                    settings.home()
                            + " has no "
                            + MARKER
                            + " file: it is not a work folder "
                            + "`bin/gmall up` made, so reset leaves it alone (check GMALL_HOME)");
        }
        if (Files.exists(settings.home())) {
            try (Stream<Path> all = Files.walk(settings.home())) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        out.plain("gmall: removed " + settings.home());
    }

    /** Whether every server is running. */
    public boolean allRunning() {
        return servers.stream().allMatch(s -> s.running().isPresent());
    }

    /** The running server processes (for tests that check nothing is left behind). */
    public List<ProcessHandle> runningProcesses() {
        return servers.stream().map(LocalServer::running).flatMap(Optional::stream).toList();
    }

    private static long sizeOf(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stale pid file is harmless: running() checks the process behind it
        }
    }

    private record Started(LocalServer server, long pid, long startNanos) {}
}
