package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.LocalCommands;
import com.gmall.rtdw.cli.UsageException;
import com.gmall.rtdw.runtime.LocalFlinkClusters;
import com.gmall.rtdw.runtime.RetainedState;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.flink.core.execution.JobClient;

/**
 * {@code bin/gmall run JOB [--from-savepoint PATH | --fresh]}: one job in a local MiniCluster
 * against the local stack ({@code conf/local.properties}), its checkpoints and savepoints under
 * {@code GMALL_HOME/flink/<job>}. Ctrl-C stops it with a savepoint and prints the path to resume
 * from.
 */
public final class LocalRun {
    private LocalRun() {}

    /** {@code args}: {@code run}, the job and its options, as given to bin/gmall. */
    public static void main(String[] args) {
        new Cli().on(LocalCommands.Run.class, LocalRun::run).main(args);
    }

    private static int run(LocalCommands.Run command) throws Exception {
        Supplier<GmallJob> factory = JobCatalog.byName().get(command.job);
        if (factory == null) {
            throw new UsageException(
                    "unknown job '"
                            + command.job
                            + "'; jobs: "
                            + String.join(", ", JobCatalog.byName().keySet()));
        }
        String savepoint = command.start().savepoint().orElse(null);
        Path root = Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath();
        String home = System.getenv("GMALL_HOME");
        Path work = home == null || home.isBlank() ? root.resolve(".gmall") : Path.of(home);
        GmallJob job = factory.get();
        Path folder = work.resolve("flink").resolve(job.name());
        Files.createDirectories(folder);
        try {
            RetainedState.checkStart(
                    "run",
                    job.name(),
                    savepoint,
                    command.start().fresh,
                    List.of(
                            folder.resolve("checkpoints").toUri().toString(),
                            folder.resolve("savepoints").toUri().toString()));
        } catch (IllegalStateException refused) {
            throw new UsageException(refused.getMessage());
        }
        GmallConfig config = GmallConfig.load(root.resolve("conf/local.properties"));
        int webPort = freePort();
        JobClient client = LocalExecution.start(job, config, folder, savepoint, webPort);
        LocalFlinkClusters.register(work, webPort);
        System.out.printf(
                "gmall run: %s running (job %s)%s; web UI http://127.0.0.1:%d; Ctrl-C stops it with a savepoint%n",
                job.name(),
                client.getJobID(),
                savepoint == null ? "" : " from " + savepoint,
                webPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> stopWithSavepoint(client, job, folder, stopped)));
        client.getJobExecutionResult().get();
        stopped.countDown();
        return 0;
    }

    private static void stopWithSavepoint(
            JobClient client, GmallJob job, Path folder, CountDownLatch stopped) {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            String path =
                    client.stopWithSavepoint(false, folder.resolve("savepoints").toUri().toString())
                            .get(5, TimeUnit.MINUTES);
            System.out.printf(
                    "%ngmall run: %s stopped; savepoint %s%n  resume: bin/gmall run %s --from-savepoint %s%n",
                    job.name(), path, job.name(), path);
        } catch (Exception e) {
            System.err.println(
                    "gmall run: stop with savepoint failed ("
                            + e
                            + "); the last retained checkpoint is under "
                            + folder.resolve("checkpoints"));
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
