package com.gmall.rtdw.cluster.yarn;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Submission through a Flink 1.13 installation ({@code FLINK_HOME}), the reference design's way:
 * {@code bin/flink run -d -t yarn-per-job -c <main class> <jobs jar> --conf FILE}, with our Flink
 * configuration folder (FLINK_CONF_DIR) so that the cluster gets the same settings as a
 * programmatic deployment.
 */
public final class FlinkCliSubmit {
    private final Path flinkHome;

    public FlinkCliSubmit(Path flinkHome) {
        this.flinkHome = flinkHome;
    }

    /** The installation's Flink version must be 1.13: the jobs are built against its API. */
    public void checkVersion() throws IOException {
        Path lib = flinkHome.resolve("lib");
        if (!Files.isExecutable(flinkHome.resolve("bin/flink")) || !Files.isDirectory(lib)) {
            throw new IllegalArgumentException(
                    "FLINK_HOME="
                            + flinkHome
                            + " is not a Flink installation (no "
                            + "bin/flink); unset it to deploy with the bundled Flink runtime");
        }
        try (DirectoryStream<Path> dists =
                Files.newDirectoryStream(lib, "flink-dist*-1.13.*.jar")) {
            if (!dists.iterator().hasNext()) {
                throw new IllegalArgumentException(
                        "FLINK_HOME="
                                + flinkHome
                                + " is not Flink 1.13 (no "
                                + "lib/flink-dist*-1.13.*.jar); unset it to deploy with the bundled Flink runtime");
            }
        }
    }

    /**
     * The command line that submits {@code job}; {@code leaveStateBehind}: the savepoint holds
     * state of operators the job no longer has ({@link RetiredOperatorsOfJar}).
     */
    public List<String> command(
            String job,
            String mainClass,
            Path jobsJar,
            List<String> arguments,
            String savepoint,
            boolean leaveStateBehind,
            Map<String, String> settings) {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                flinkHome.resolve("bin/flink").toString(),
                                "run",
                                "-d",
                                "-t",
                                "yarn-per-job",
                                "-Dyarn.application.name="
                                        + YarnSubmitter.APPLICATION_PREFIX
                                        + job));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (savepoint != null) {
            command.addAll(List.of("-s", savepoint));
            if (leaveStateBehind) {
                command.add("--allowNonRestoredState");
            }
        }
        command.addAll(List.of("-c", mainClass, jobsJar.toAbsolutePath().toString()));
        command.addAll(arguments);
        return command;
    }

    /**
     * Runs the command with our configuration folder; the Flink CLI prints the application id and
     * web address.
     */
    public int run(List<String> command, Path flinkConfDir)
            throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(command).inheritIO();
        process.environment().put("FLINK_CONF_DIR", flinkConfDir.toAbsolutePath().toString());
        return process.start().waitFor();
    }
}
