package com.gmall.rtdw.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starting, finding and stopping the stack's server processes. Servers run in their own session
 * ({@code setsid}), so a Ctrl-C in the terminal that ran {@code up} does not reach them, and
 * outlive the launcher. A pid file is trusted only while the process it names still has the work
 * folder on its command line, so a recycled pid is never signalled.
 */
final class Processes {
    private Processes() {}

    /** Starts a server detached, appending its output to {@code log}; returns its pid. */
    static long startDetached(
            List<String> command, Path workDir, Path log, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> full = new ArrayList<>();
        full.add("setsid");
        full.addAll(command);
        ProcessBuilder builder =
                new ProcessBuilder(full)
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        return builder.start().pid();
    }

    /**
     * Runs a command to completion (an installer, a formatter); fails with its output when it
     * fails.
     */
    static String run(List<String> command, Path workDir, Duration timeout) throws IOException {
        // output to a file, not a pipe: reading a pipe would block past the timeout while the
        // command hangs
        Path output = Files.createTempFile("gmall-command", ".out");
        try {
            Process p =
                    new ProcessBuilder(command)
                            .directory(workDir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(output.toFile())
                            .start();
            p.getOutputStream().close();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IOException(
                            String.join(" ", command)
                                    + " did not finish within "
                                    + timeout.toSeconds()
                                    + " s:\n"
                                    + Files.readString(output, StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted: " + command, e);
            }
            return checked(
                    command, p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String checked(List<String> command, int exit, String text) throws IOException {
        if (exit != 0) {
            throw new IOException(
                    String.join(" ", command) + " failed (exit " + exit + "):\n" + text);
        }
        return text;
    }

    /**
     * The live process a pid file names, if it is still ours: its command line mentions {@code
     * marker}, or (for a server that rewrites its command line, as Redis does) its working folder
     * is below {@code marker}.
     */
    static Optional<ProcessHandle> alive(Path pidFile, String marker) {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(
                        h ->
                                h.info().commandLine().map(c -> c.contains(marker)).orElse(false)
                                        || workingFolder(h.pid())
                                                .map(cwd -> cwd.startsWith(marker))
                                                .orElse(false));
    }

    private static Optional<String> workingFolder(long pid) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc/" + pid + "/cwd")).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether something already listens on the loopback port (then a server of ours cannot start
     * there).
     */
    static boolean portInUse(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static void writePid(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGTERM, then SIGKILL after {@code grace}; returns whether it ended cleanly (without the
     * kill).
     */
    static boolean stop(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported by the caller through the return value; the status command shows what is
                // left
            }
            return false;
        }
    }

    /** Size of a log file now (0 when absent): where the lines of a start about to happen begin. */
    static long sizeOf(Path log) throws IOException {
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /**
     * What a log file gained after {@code offset} (a server appends to its log across starts); ""
     * if unreadable.
     */
    static String readFrom(Path log, long offset) {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            long from = Math.min(offset, file.length());
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The last {@code lines} lines of a log file, for failure messages. */
    static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
