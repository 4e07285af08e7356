package com.gmall.rtdw.cluster.monitor;

import java.util.List;

/**
 * What the monitor read about one job that has not ended, at one moment.
 *
 * @param uptimeSeconds since the job (last) started running
 * @param restarts Flink's numRestarts
 */
public record JobSnapshot(
        FlinkCluster cluster,
        String id,
        String name,
        String state,
        double uptimeSeconds,
        long restarts,
        Checkpoints checkpoints,
        List<OperatorSnapshot> operators) {

    public boolean running() {
        return state.equals("RUNNING");
    }

    /** The highest backpressure of any operator (0..1), NaN when none reported yet. */
    public double maxBackpressure() {
        return operators.stream()
                .mapToDouble(o -> o.value(OperatorMetric.BACKPRESSURE))
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(Double.NaN);
    }

    /**
     * The Kafka sources' total lag in records, NaN when the job has no Kafka source reporting it.
     */
    public double kafkaLag() {
        double[] lags =
                operators.stream()
                        .mapToDouble(o -> o.value(OperatorMetric.KAFKA_LAG))
                        .filter(v -> !Double.isNaN(v))
                        .toArray();
        return lags.length == 0 ? Double.NaN : java.util.Arrays.stream(lags).sum();
    }

    /**
     * Checkpoint statistics.
     *
     * @param lastDurationSeconds end-to-end duration of the latest completed checkpoint; NaN when
     *     none completed
     * @param lastSizeBytes its state size; NaN when none completed
     * @param lastCompletedAgeSeconds seconds since the latest completed checkpoint was acknowledged
     *     (the job's uptime while none has completed)
     * @param intervalSeconds the configured interval; NaN when checkpointing is off
     */
    /**
     * @param restoredId the checkpoint or savepoint the job last started from, NaN when it started
     *     without
     */
    public record Checkpoints(
            long completed,
            long failed,
            long inProgress,
            double lastDurationSeconds,
            double lastSizeBytes,
            double lastCompletedAgeSeconds,
            double intervalSeconds,
            double restoredId) {}
}
