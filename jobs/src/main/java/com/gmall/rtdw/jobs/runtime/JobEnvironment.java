package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The settings every job runs with (the reference design had them all commented out, defect G1): exactly-once
 * checkpoints, kept when the job is cancelled so it can resume from them, a bounded restart strategy, and the
 * configured parallelism.
 */
public final class JobEnvironment {
    private JobEnvironment() {}

    /** Applies the settings; {@code checkpointDir} overrides {@code flink.checkpoint.dir} when not null. */
    public static void configure(StreamExecutionEnvironment env, GmallConfig config, String checkpointDir) {
        env.setParallelism(config.get(GmallOptions.FLINK_PARALLELISM));
        env.enableCheckpointing(config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS), CheckpointingMode.EXACTLY_ONCE);
        CheckpointConfig checkpoints = env.getCheckpointConfig();
        checkpoints.setCheckpointTimeout(TimeUnit.MINUTES.toMillis(10));
        checkpoints.setMinPauseBetweenCheckpoints(1000);
        checkpoints.setMaxConcurrentCheckpoints(1);
        checkpoints.setTolerableCheckpointFailureNumber(3);
        checkpoints.enableExternalizedCheckpoints(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
        String dir = checkpointDir != null ? checkpointDir : config.get(GmallOptions.FLINK_CHECKPOINT_DIR);
        if (!dir.isBlank()) {
            checkpoints.setCheckpointStorage(dir);
        }
        env.setStateBackend(new HashMapStateBackend());
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, Time.seconds(5)));
    }
}
