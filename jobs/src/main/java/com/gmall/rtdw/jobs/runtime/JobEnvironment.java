package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.ConfigException;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The settings every job runs with (the reference design had them all commented out, defect G1):
 * exactly-once checkpoints, kept when the job is cancelled so it can resume from them, a
 * failure-rate restart strategy, and the configured parallelism.
 *
 * <p>The checkpoint timeout is bounded by the Kafka transaction timeout: a transaction
 * pre-committed at checkpoint N is committed when a later checkpoint completes, so while
 * checkpoints fail (up to {@value #TOLERABLE_FAILURES} in a row, then the job restarts) it stays
 * open for up to {@code (TOLERABLE_FAILURES + 1) x (timeout + interval)} plus the restart delay.
 * That must stay below the transaction timeout, or the broker aborts it first.
 */
public final class JobEnvironment {
    static final int TOLERABLE_FAILURES = 3;

    private JobEnvironment() {}

    /**
     * Applies the settings; {@code checkpointDir} overrides {@code flink.checkpoint.dir} when not
     * null.
     */
    public static void configure(
            StreamExecutionEnvironment env, GmallConfig config, String checkpointDir) {
        env.setParallelism(config.get(GmallOptions.FLINK_PARALLELISM));
        env.enableCheckpointing(
                config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS),
                CheckpointingMode.EXACTLY_ONCE);
        CheckpointConfig checkpoints = env.getCheckpointConfig();
        checkpoints.setCheckpointTimeout(checkTimeouts(config));
        checkpoints.setMinPauseBetweenCheckpoints(1000);
        checkpoints.setMaxConcurrentCheckpoints(1);
        checkpoints.setTolerableCheckpointFailureNumber(TOLERABLE_FAILURES);
        checkpoints.enableExternalizedCheckpoints(
                CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
        String dir =
                checkpointDir != null
                        ? checkpointDir
                        : config.get(GmallOptions.FLINK_CHECKPOINT_DIR);
        if (!dir.isBlank()) {
            checkpoints.setCheckpointStorage(dir);
        }
        env.setStateBackend(new HashMapStateBackend());
        env.setRestartStrategy(
                RestartStrategies.failureRateRestart(
                        config.get(GmallOptions.FLINK_RESTART_MAX_FAILURES),
                        Time.milliseconds(
                                config.get(GmallOptions.FLINK_RESTART_FAILURE_INTERVAL_MS)),
                        Time.milliseconds(config.get(GmallOptions.FLINK_RESTART_DELAY_MS))));
    }

    /**
     * The checkpoint timeout, refused when failing checkpoints could keep a transaction open past
     * its timeout, or when it leaves a sink's retries no time.
     */
    static long checkTimeouts(GmallConfig config) {
        long timeout = config.get(GmallOptions.FLINK_CHECKPOINT_TIMEOUT_MS);
        long interval = config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS);
        long longestOpen =
                (TOLERABLE_FAILURES + 1) * (timeout + interval)
                        + config.get(GmallOptions.FLINK_RESTART_DELAY_MS);
        long transactionTimeout = config.get(GmallOptions.KAFKA_TRANSACTION_TIMEOUT_MS);
        if (longestOpen >= transactionTimeout) {
            throw new ConfigException(
                    String.format(
                            "flink.checkpoint.timeout-ms %d with flink.checkpoint.interval-ms %d "
                                    + "lets a Kafka transaction stay open %d ms while %d checkpoints in a row fail and the job restarts, "
                                    + "not below kafka.transaction-timeout-ms %d: the broker would abort it and its records would be "
                                    + "lost. Lower the checkpoint timeout or raise the transaction timeout (at most the broker's "
                                    + "transaction.max.timeout.ms)",
                            timeout,
                            interval,
                            longestOpen,
                            TOLERABLE_FAILURES + 1,
                            transactionTimeout));
        }
        long retries = config.get(GmallOptions.RETRY_GIVE_UP_AFTER_MS);
        if (retries >= timeout) {
            throw new ConfigException(
                    String.format(
                            "retry.give-up-after-ms %d is not below flink.checkpoint.timeout-ms "
                                    + "%d: a sink waiting for a server during a checkpoint would fail the checkpoint first",
                            retries, timeout));
        }
        return timeout;
    }
}
