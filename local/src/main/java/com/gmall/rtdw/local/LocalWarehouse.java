package com.gmall.rtdw.local;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobCatalog;
import com.gmall.rtdw.jobs.runtime.LocalCluster;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.DwsDdl;
import com.gmall.rtdw.runtime.LocalFlinkClusters;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.stack.Output;
import com.gmall.rtdw.stack.Stack;
import com.gmall.rtdw.stack.StackSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;

/**
 * The whole warehouse on this machine: the local stack up, the DWS tables created, and every job
 * running in one local Flink cluster, each resumed from its latest checkpoint when it has one. For
 * {@code bin/gmall demo}, the pipeline benchmark and the end-to-end test's jobs in a process of
 * their own.
 */
public final class LocalWarehouse implements AutoCloseable {
    private final LocalCluster cluster;
    private final Map<String, JobID> jobs;

    private LocalWarehouse(LocalCluster cluster, Map<String, JobID> jobs) {
        this.cluster = cluster;
        this.jobs = jobs;
    }

    static LocalWarehouse start(StackSettings settings, int webPort, Consumer<String> progress)
            throws Exception {
        progress.accept("starting the local stack");
        new Stack(settings, new Output(System.out)).up();
        List<String> tables =
                DwsDdl.apply(
                        settings.config().clickHouse(),
                        Tables.all(),
                        settings.config().timeZone(),
                        progress);
        progress.accept("stack ready; " + tables.size() + " DWS tables in ClickHouse");
        LocalWarehouse warehouse =
                resume(settings.work("flink"), settings.config(), webPort, progress);
        if (webPort > 0) {
            // bin/gmall monitor and status find the demo's jobs through this
            LocalFlinkClusters.register(settings.home(), webPort);
        }
        return warehouse;
    }

    /**
     * Every job in a new local cluster whose checkpoints are under {@code folder}, each resumed
     * from its latest checkpoint when it has one; returns once all of them run.
     */
    public static LocalWarehouse resume(
            Path folder, GmallConfig config, int webPort, Consumer<String> progress)
            throws Exception {
        LocalCluster cluster = LocalCluster.start(folder, 40, webPort);
        Map<String, JobID> jobs = new LinkedHashMap<>();
        for (Supplier<GmallJob> factory : JobCatalog.inStartOrder()) {
            GmallJob job = factory.get();
            Optional<Path> checkpoint = cluster.latestCheckpoint(job.name());
            jobs.put(
                    job.name(),
                    cluster.submit(job, config, checkpoint.map(Path::toString).orElse(null)));
        }
        LocalWarehouse warehouse = new LocalWarehouse(cluster, jobs);
        warehouse.awaitRunning(progress);
        return warehouse;
    }

    private void awaitRunning(Consumer<String> progress) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        int running = 0;
        while (running < jobs.size()) {
            running = 0;
            for (Map.Entry<String, JobID> job : jobs.entrySet()) {
                JobStatus status = cluster.status(job.getValue());
                if (status.isGloballyTerminalState()) {
                    throw new IllegalStateException(
                            job.getKey() + " ended: " + status + " (see the log above)");
                }
                running += status == JobStatus.RUNNING ? 1 : 0;
            }
            progress.accept("jobs running " + running + "/" + jobs.size());
            if (running < jobs.size()) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("not every job was running after 3 minutes");
                }
                Thread.sleep(3000);
            }
        }
    }

    /** The job each task (operator chain) of every job belongs to, by task name. */
    Map<String, String> taskOwners() throws Exception {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Map.Entry<String, JobID> job : jobs.entrySet()) {
            for (String task : cluster.taskNames(job.getValue())) {
                owners.put(task, job.getKey());
            }
        }
        return owners;
    }

    String webUrl() throws Exception {
        return cluster.webUrl();
    }

    /** Cancels every job (their checkpoints are kept). */
    void stopJobs() {
        for (Map.Entry<String, JobID> job : jobs.entrySet()) {
            try {
                cluster.cancel(job.getValue());
            } catch (Exception e) {
                System.err.printf("gmall: cannot stop %s: %s%n", job.getKey(), e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        stopJobs();
        cluster.close();
    }
}
