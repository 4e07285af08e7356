package com.gmall.rtdw.cluster.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/gmall} run as a user runs it, in a process of its own with the given environment (e.g.
 * HADOOP_CONF_DIR). It uses the jars the current build made: GMALL_NO_BUILD makes it fail rather
 * than start a second Maven build inside this one.
 */
public final class GmallCommand {
    private final Path root;
    private final Path work;
    private final Map<String, String> environment;

    public GmallCommand(Path root, Path work, Map<String, String> environment) {
        this.root = root;
        this.work = work;
        this.environment = Map.copyOf(environment);
    }

    /** What one command printed, and how it ended. */
    public record Result(int exit, String out, String err) {
        /**
         * The output, or an error naming the command, its exit and both streams when it did not
         * succeed.
         */
        public String ok(List<String> command) {
            if (exit != 0) {
                throw new AssertionError(
                        "bin/gmall "
                                + String.join(" ", command)
                                + " exited "
                                + exit
                                + "\n--- stdout\n"
                                + out
                                + "\n--- stderr\n"
                                + err);
            }
            return out;
        }
    }

    /**
     * Runs {@code bin/gmall ARGS} and returns its standard output; fails on a non-zero exit or a
     * time-out.
     */
    public String run(Duration limit, String... args) throws IOException, InterruptedException {
        return attempt(limit, args).ok(List.of(args));
    }

    /** Runs {@code bin/gmall ARGS} and returns how it ended, whatever the exit. */
    public Result attempt(Duration limit, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", root.resolve("bin/gmall").toString()));
        line.addAll(List.of(args));
        Path out = Files.createTempFile(work, "gmall-out", ".txt");
        Path err = Files.createTempFile(work, "gmall-err", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(line)
                        .directory(root.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("GMALL_NO_BUILD", "1");
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(
                    "bin/gmall "
                            + String.join(" ", args)
                            + " did not end within "
                            + limit
                            + "\n--- stdout\n"
                            + Files.readString(out, StandardCharsets.UTF_8)
                            + "\n--- stderr\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
