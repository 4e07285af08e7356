package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.jobs.wiring.ServerConnectors;
import com.gmall.rtdw.runtime.RetainedState;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.checkpoint.CheckpointStatsCounts;
import org.apache.flink.runtime.checkpoint.CheckpointStatsSnapshot;
import org.apache.flink.runtime.checkpoint.CompletedCheckpointStats;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.executiongraph.ErrorInfo;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * Many jobs in one Flink MiniCluster in this JVM, as {@code bin/gmall demo} and the end-to-end test
 * run the whole warehouse on one machine. Each job keeps its checkpoints under {@code
 * <folder>/<job>/checkpoints}, retained when it is cancelled, so it can be started again from its
 * latest one ({@link #latestCheckpoint}).
 */
public final class LocalCluster implements AutoCloseable {
    private final MiniCluster cluster;
    private final Path folder;

    private LocalCluster(MiniCluster cluster, Path folder) {
        this.cluster = cluster;
        this.folder = folder;
    }

    /**
     * @param slots task slots (one per job at parallelism 1: slot sharing puts a whole job in one)
     * @param webPort the web UI's port on loopback, or 0 for any free one
     */
    public static LocalCluster start(Path folder, int slots, int webPort) throws Exception {
        Configuration flink = new Configuration();
        // one JVM for every job: network buffers for all their channels, no managed memory (heap
        // state backend)
        flink.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.parse("256m"));
        flink.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.parse("256m"));
        flink.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("16m"));
        if (webPort > 0) {
            flink.setInteger(RestOptions.PORT, webPort);
        } else {
            // any free port, not Flink's 8081: two local clusters on one machine must not collide
            flink.setString(RestOptions.BIND_PORT, "0");
        }
        flink.setString(RestOptions.BIND_ADDRESS, "127.0.0.1");
        MiniCluster cluster =
                new MiniCluster(
                        new MiniClusterConfiguration.Builder()
                                .setConfiguration(flink)
                                .setNumTaskManagers(1)
                                .setNumSlotsPerTaskManager(slots)
                                .build());
        cluster.start();
        return new LocalCluster(cluster, folder);
    }

    /**
     * Submits a job, resumed from {@code restorePath} (a savepoint or retained checkpoint) when not
     * null.
     */
    public JobID submit(GmallJob job, GmallConfig config, String restorePath) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment();
        JobEnvironment.configure(env, config, checkpoints(job.name()).toUri().toString());
        DeadLetterTopics.ensure(config, job);
        JobWiring.build(job, env, config, new ServerConnectors(config));
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(job.name());
        JobGraph jobGraph = graph.getJobGraph();
        if (restorePath != null) {
            jobGraph.setSavepointRestoreSettings(
                    SavepointRestoreSettings.forPath(
                            restorePath, RetiredOperators.leaveStateBehind(job, restorePath)));
        }
        return cluster.submitJob(jobGraph).get(2, TimeUnit.MINUTES).getJobID();
    }

    public JobStatus status(JobID job) throws Exception {
        return cluster.getJobStatus(job).get(30, TimeUnit.SECONDS);
    }

    /**
     * How often the job's tasks were started again after a failure, all tasks together (each task's
     * attempt number): Flink restarts only the failed region of a job, which leaves the job's
     * status RUNNING throughout.
     */
    public long taskRestarts(JobID job) throws Exception {
        long restarts = 0;
        for (AccessExecutionVertex task :
                cluster.getExecutionGraph(job)
                        .get(30, TimeUnit.SECONDS)
                        .getAllExecutionVertices()) {
            restarts += task.getCurrentExecutionAttempt().getAttemptNumber();
        }
        return restarts;
    }

    /**
     * When and why the job last failed (a task's failure that restarted it), its exception's first
     * messages and causes (no stack frames), if it ever failed.
     */
    public Optional<String> lastFailure(JobID job) throws Exception {
        ErrorInfo failure =
                cluster.getExecutionGraph(job).get(30, TimeUnit.SECONDS).getFailureInfo();
        if (failure == null) {
            return Optional.empty();
        }
        String trace = failure.getExceptionAsString();
        String firstLines =
                trace.lines()
                        .filter(line -> !line.startsWith("\tat "))
                        .limit(4)
                        .collect(Collectors.joining(" | "));
        return Optional.of(Instant.ofEpochMilli(failure.getTimestamp()) + " " + firstLines);
    }

    /**
     * A job's checkpoints in one line: when the last completed one was triggered, and how many are
     * in progress or failed. A job whose checkpoints stop completing makes none of its Kafka output
     * visible to read_committed readers, which is what to look at first when results stop coming.
     */
    public String checkpointSummary(JobID job) throws Exception {
        CheckpointStatsSnapshot stats =
                cluster.getExecutionGraph(job)
                        .get(30, TimeUnit.SECONDS)
                        .getCheckpointStatsSnapshot();
        if (stats == null) {
            return "no checkpointing";
        }
        CompletedCheckpointStats last = stats.getHistory().getLatestCompletedCheckpoint();
        CheckpointStatsCounts counts = stats.getCounts();
        return (last == null
                        ? "no checkpoint completed"
                        : "last completed "
                                + (System.currentTimeMillis() - last.getTriggerTimestamp()) / 1000
                                + " s ago")
                + ", "
                + counts.getNumberOfInProgressCheckpoints()
                + " in progress, "
                + counts.getNumberOfFailedCheckpoints()
                + " failed";
    }

    /**
     * Cancels a job without a savepoint (as a crash would end it); its retained checkpoints stay.
     */
    public void cancel(JobID job) throws Exception {
        cluster.cancelJob(job).get(1, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!status(job).isGloballyTerminalState() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** The latest complete retained checkpoint of a job (any of its runs), if any. */
    public Optional<Path> latestCheckpoint(String jobName) throws IOException {
        return RetainedState.latest(List.of(checkpoints(jobName).toUri().toString()))
                .map(uri -> Path.of(java.net.URI.create(uri)));
    }

    /**
     * The names of the job's tasks (operator chains): a task's threads are named after it, which is
     * how the pipeline benchmark tells which job a thread's CPU belongs to.
     */
    public List<String> taskNames(JobID job) throws Exception {
        List<String> names = new ArrayList<>();
        cluster.getExecutionGraph(job)
                .get(30, TimeUnit.SECONDS)
                .getVerticesTopologically()
                .forEach(vertex -> names.add(vertex.getName()));
        return names;
    }

    public String webUrl() throws Exception {
        return cluster.getRestAddress().get(30, TimeUnit.SECONDS).toString();
    }

    private Path checkpoints(String jobName) {
        return folder.resolve(jobName).resolve("checkpoints");
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
