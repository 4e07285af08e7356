package com.gmall.rtdw.local;

import com.gmall.rtdw.stack.StackSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every job of the warehouse in a JVM of its own, each resumed from its latest checkpoint under a
 * folder, so that a test can kill that JVM as a crash would: {@link #kill()} sends SIGKILL ({@code
 * kill -9}), no shutdown hook runs, no job is cancelled, no transaction is aborted or committed on
 * the way out. The child JVM is this test JVM's class path and Java flags; it finds the test stack
 * through the {@code GMALL_*} variables it is started with.
 */
final class JobsProcess {
    private static final String RUNNING = "jobs-process: every job running";

    private final Process process;
    private final Path log;

    private JobsProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the child JVM on {@code folder}'s checkpoints; its output is appended to {@code log}.
     */
    static JobsProcess start(Path folder, Map<String, String> environment, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("--add-opens"))
                .forEach(command::add);
        command.add("-Dgmall.root=" + System.getProperty("gmall.root", ".."));
        command.addAll(
                List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        JobsProcess.class.getName(),
                        folder.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new JobsProcess(builder.start(), log);
    }

    /**
     * Waits until the child reports every job running; fails if it dies first or takes longer than
     * {@code max}.
     */
    void awaitRunning(Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        long seen = runningLines();
        while (runningLines() == seen) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the jobs' JVM ended with " + process.exitValue() + ", see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "the jobs' JVM did not report every job running within "
                                + max
                                + ", see "
                                + log);
            }
            Thread.sleep(1000);
        }
    }

    /**
     * SIGKILL, as {@code kill -9} or the kernel's out-of-memory killer ends a process; returns once
     * it is gone.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    private long runningLines() throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(RUNNING::equals).count();
        }
    }

    /** The child: {@code args[0]} is the checkpoint folder. Runs until killed. */
    public static void main(String[] args) throws Exception {
        StackSettings settings =
                StackSettings.load(Path.of(System.getProperty("gmall.root")), System.getenv());
        LocalWarehouse.resume(
                Path.of(args[0]),
                settings.config(),
                0,
                line -> System.out.println("jobs-process: " + line));
        System.out.println(RUNNING);
        Thread.currentThread().join();
    }
}
