package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.jobs.wiring.ServerConnectors;
import com.gmall.rtdw.runtime.RetainedState;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.nio.file.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The {@code main} of every job on a cluster ({@code flink run -c <job class> <jobs jar> --conf
 * FILE}): loads the configuration (environment overrides applied), configures the environment,
 * builds and runs the job.
 */
public final class JobMain {
    private JobMain() {}

    public static void run(GmallJob job, String[] args) throws Exception {
        GmallConfig config = GmallConfig.load(configFile(args));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        String checkpoints = config.get(GmallOptions.FLINK_CHECKPOINT_DIR);
        // a folder per job, so that bin/gmall submit can tell whether the job has state to resume
        // from
        JobEnvironment.configure(
                env,
                config,
                checkpoints.isBlank() ? null : RetainedState.jobFolder(checkpoints, job.name()));
        DeadLetterTopics.ensure(config, job);
        JobWiring.build(job, env, config, new ServerConnectors(config));
        env.execute(job.name());
    }

    /**
     * {@code --conf FILE}, else the local profile of the repository (system property gmall.root).
     */
    static Path configFile(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--conf")) {
                return Path.of(args[i + 1]);
            }
        }
        return Path.of(System.getProperty("gmall.root", ".")).resolve("conf/local.properties");
    }
}
