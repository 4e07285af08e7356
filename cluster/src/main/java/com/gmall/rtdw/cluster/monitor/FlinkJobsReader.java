package com.gmall.rtdw.cluster.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Reads every job of a Flink cluster that has not ended through its REST API: state, restarts,
 * checkpoint statistics and each vertex's metrics. Ended jobs (finished, cancelled) are left out,
 * so a job that is gone disappears from the metrics instead of lingering as a stale series; a job
 * that failed for good is listed apart for an hour, so that its death is seen.
 */
public final class FlinkJobsReader {
    private static final Set<String> ENDED = Set.of("FINISHED", "CANCELED", "FAILED");

    /** How long a job that failed for good stays on the page. */
    static final long FAILED_SHOWN_MILLIS = 3_600_000;

    private final FlinkRest rest;
    private final LongSupplier clock;

    /**
     * @param clock wall-clock milliseconds, to age the latest checkpoint
     */
    public FlinkJobsReader(FlinkRest rest, LongSupplier clock) {
        this.rest = rest;
        this.clock = clock;
    }

    /** A cluster's jobs that have not ended, and those that failed within the last hour. */
    public record Jobs(List<JobSnapshot> running, List<FailedJob> failed) {}

    public Jobs read(FlinkCluster cluster) throws IOException {
        List<JobSnapshot> jobs = new ArrayList<>();
        List<FailedJob> failed = new ArrayList<>();
        for (JsonNode job : rest.get(cluster.resolve("jobs/overview")).path("jobs")) {
            String state = job.path("state").asText();
            if (!ENDED.contains(state)) {
                jobs.add(readJob(cluster, job));
            } else if (state.equals("FAILED")
                    && clock.getAsLong() - job.path("end-time").asLong() < FAILED_SHOWN_MILLIS) {
                failed.add(
                        new FailedJob(
                                cluster,
                                job.path("jid").asText(),
                                job.path("name").asText(),
                                job.path("end-time").asLong()));
            }
        }
        return new Jobs(jobs, failed);
    }

    private JobSnapshot readJob(FlinkCluster cluster, JsonNode overview) throws IOException {
        String id = overview.path("jid").asText();
        String base = "jobs/" + id;
        Map<String, Double> jobMetrics =
                values(rest.get(cluster.resolve(base + "/metrics?get=numRestarts,uptime")));
        double uptime = jobMetrics.getOrDefault("uptime", Double.NaN);
        // uptime is -1 while the job is not running (e.g. restarting): fall back to the overview's
        // duration
        double uptimeSeconds =
                uptime >= 0 ? uptime / 1000 : overview.path("duration").asDouble() / 1000;
        long restarts = jobMetrics.getOrDefault("numRestarts", 0.0).longValue();
        JobSnapshot.Checkpoints checkpoints = checkpoints(cluster, base, uptimeSeconds);
        List<OperatorSnapshot> operators = new ArrayList<>();
        for (JsonNode vertex : rest.get(cluster.resolve(base)).path("vertices")) {
            operators.add(
                    operator(
                            cluster,
                            base + "/vertices/" + vertex.path("id").asText(),
                            vertex.path("name").asText()));
        }
        return new JobSnapshot(
                cluster,
                id,
                overview.path("name").asText(),
                overview.path("state").asText(),
                uptimeSeconds,
                restarts,
                checkpoints,
                operators);
    }

    private JobSnapshot.Checkpoints checkpoints(
            FlinkCluster cluster, String base, double uptimeSeconds) throws IOException {
        JsonNode stats = rest.get(cluster.resolve(base + "/checkpoints"));
        JsonNode counts = stats.path("counts");
        JsonNode last = stats.path("latest").path("completed");
        double duration = Double.NaN;
        double size = Double.NaN;
        double age = uptimeSeconds;
        if (last.isObject()) {
            duration = last.path("end_to_end_duration").asDouble() / 1000;
            size = last.path("state_size").asDouble();
            age =
                    Math.max(
                            0,
                            (clock.getAsLong() - last.path("latest_ack_timestamp").asLong())
                                    / 1000.0);
        }
        double interval = Double.NaN;
        try {
            long ms =
                    rest.get(cluster.resolve(base + "/checkpoints/config"))
                            .path("interval")
                            .asLong(-1);
            // Flink reports Long.MAX_VALUE when checkpointing is off
            interval = ms > 0 && ms < Long.MAX_VALUE ? ms / 1000.0 : Double.NaN;
        } catch (IOException e) {
            // 404 when the job has no checkpointing configured
        }
        JsonNode restored = stats.path("latest").path("restored");
        return new JobSnapshot.Checkpoints(
                counts.path("completed").asLong(),
                counts.path("failed").asLong(),
                counts.path("in_progress").asLong(),
                duration,
                size,
                age,
                interval,
                restored.isObject() ? restored.path("id").asDouble() : Double.NaN);
    }

    private OperatorSnapshot operator(FlinkCluster cluster, String vertexPath, String name)
            throws IOException {
        List<String> wanted = new ArrayList<>();
        for (JsonNode metric : rest.get(cluster.resolve(vertexPath + "/subtasks/metrics"))) {
            String id = metric.path("id").asText();
            for (OperatorMetric m : OperatorMetric.values()) {
                if (m.reads(id)) {
                    wanted.add(id);
                    break;
                }
            }
        }
        Map<OperatorMetric, Double> values = new EnumMap<>(OperatorMetric.class);
        if (wanted.isEmpty()) {
            return new OperatorSnapshot(name, values);
        }
        String get = URLEncoder.encode(String.join(",", wanted), StandardCharsets.UTF_8);
        JsonNode aggregated =
                rest.get(
                        cluster.resolve(
                                vertexPath + "/subtasks/metrics?get=" + get + "&agg=sum,max"));
        for (JsonNode metric : aggregated) {
            String id = metric.path("id").asText();
            for (OperatorMetric m : OperatorMetric.values()) {
                if (!m.reads(id)) {
                    continue;
                }
                double value = metric.path(m.aggregation().rest).asDouble(Double.NaN);
                // Kafka reports records-lag-max as NaN or -Infinity before its first fetch: no
                // value yet
                if (Double.isFinite(value)) {
                    values.merge(m, value * m.scale(), m.aggregation()::combine);
                }
            }
        }
        return new OperatorSnapshot(name, values);
    }

    private static Map<String, Double> values(JsonNode metrics) {
        Map<String, Double> values = new java.util.HashMap<>();
        for (JsonNode metric : metrics) {
            try {
                values.put(
                        metric.path("id").asText(),
                        Double.parseDouble(metric.path("value").asText()));
            } catch (NumberFormatException e) {
                // a metric without a numeric value (none of ours)
            }
        }
        return values;
    }
}
