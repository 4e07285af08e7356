package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.jobs.wiring.ServerConnectors;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.file.Path;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.jobgraph.SavepointConfigOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * Runs a job in a Flink MiniCluster inside this JVM: checkpoints under {@code
 * <folder>/checkpoints}, optionally resumed from a savepoint, the web UI on {@code webPort} (0:
 * none). Used by {@code bin/gmall run} and the tests.
 */
public final class LocalExecution {
    private LocalExecution() {}

    public static JobClient start(
            GmallJob job, GmallConfig config, Path folder, String savepoint, int webPort)
            throws Exception {
        Configuration flink = new Configuration();
        if (savepoint != null) {
            // in the configuration, not on the StreamGraph: Flink 1.13's executor replaces the
            // graph's restore
            // settings with the configuration's when it builds the JobGraph
            flink.set(SavepointConfigOptions.SAVEPOINT_PATH, savepoint);
            flink.set(
                    SavepointConfigOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE,
                    RetiredOperators.leaveStateBehind(job, savepoint));
        }
        StreamExecutionEnvironment env;
        if (webPort > 0) {
            flink.setInteger(RestOptions.PORT, webPort);
            flink.setString(RestOptions.BIND_ADDRESS, "127.0.0.1");
            env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(flink);
        } else {
            env = StreamExecutionEnvironment.createLocalEnvironment(flink);
        }
        JobEnvironment.configure(env, config, folder.resolve("checkpoints").toUri().toString());
        DeadLetterTopics.ensure(config, job);
        JobWiring.build(job, env, config, new ServerConnectors(config));
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(job.name());
        return env.executeAsync(graph);
    }
}
