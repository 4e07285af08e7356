package com.gmall.rtdw.cluster.monitor;

import com.gmall.rtdw.runtime.DwsFreshness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exporter's /metrics page: every running job's series from one poll of every cluster. */
public final class MetricsText {
    private MetricsText() {}

    public static String render(List<ClusterRead> reads) {
        return render(reads, TablesRead.notConfigured());
    }

    /** The clusters' jobs and, when ClickHouse is read, the DWS tables' freshness. */
    public static String render(List<ClusterRead> reads, TablesRead tables) {
        PrometheusText text = new PrometheusText();
        for (ClusterRead read : reads) {
            text.add(
                    "gmall_monitor_cluster_up",
                    "gauge",
                    "1 when the cluster's REST API answered the last poll",
                    Map.of("cluster", read.cluster().name()),
                    read.up() ? 1 : 0);
        }
        for (ClusterRead read : reads) {
            for (JobSnapshot job : read.jobs()) {
                addJob(text, job);
            }
        }
        for (ClusterRead read : reads) {
            for (FailedJob job : read.failed()) {
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("cluster", job.cluster().name());
                labels.put("flink_job", job.name());
                labels.put("job_id", job.id());
                text.add(
                        "gmall_flink_job_failed",
                        "gauge",
                        "1 for a job that failed for good (restarts used up) "
                                + "within the last hour; its other series are gone",
                        labels,
                        1);
            }
        }
        addTables(text, tables);
        // why a cluster is down, for whoever reads the page (Prometheus skips comments)
        StringBuilder errors = new StringBuilder();
        for (ClusterRead read : reads) {
            if (!read.up()) {
                errors.append("# cluster ")
                        .append(read.cluster().name())
                        .append(" unreachable: ")
                        .append(read.error().replaceAll("\\s+", " "))
                        .append('\n');
            }
        }
        if (tables.configured() && !tables.up()) {
            errors.append("# clickhouse unreachable: ")
                    .append(tables.error().replaceAll("\\s+", " "))
                    .append('\n');
        }
        return text.render() + errors;
    }

    private static void addTables(PrometheusText text, TablesRead tables) {
        if (!tables.configured()) {
            return;
        }
        text.add(
                "gmall_monitor_clickhouse_up",
                "gauge",
                "1 when ClickHouse answered the last poll's freshness queries",
                Map.of(),
                tables.up() ? 1 : 0);
        for (DwsFreshness.Table table : tables.tables()) {
            Map<String, String> labels = Map.of("table", table.table());
            text.add(
                    "gmall_dws_freshness_seconds",
                    "gauge",
                    "seconds from the end of the table's newest window to its first row in ClickHouse",
                    labels,
                    table.firstRowDelaySeconds());
            text.add(
                    "gmall_dws_newest_window_end_timestamp_seconds",
                    "gauge",
                    "end of the table's newest window, epoch seconds (time() minus it: how far "
                            + "the table is behind)",
                    labels,
                    table.windowEnd());
        }
    }

    private static void addJob(PrometheusText text, JobSnapshot job) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("cluster", job.cluster().name());
        labels.put("flink_job", job.name());
        labels.put("job_id", job.id());
        JobSnapshot.Checkpoints c = job.checkpoints();
        text.add(
                "gmall_flink_job_running",
                "gauge",
                "1 when the job is RUNNING, 0 in any other state that is "
                        + "not an end (restarting, failing, created)",
                labels,
                job.running() ? 1 : 0);
        text.add(
                "gmall_flink_job_uptime_seconds",
                "gauge",
                "seconds since the job last started running",
                labels,
                job.uptimeSeconds());
        text.add(
                "gmall_flink_job_restarts_total",
                "counter",
                "restarts of the job (Flink numRestarts)",
                labels,
                job.restarts());
        text.add(
                "gmall_flink_checkpoints_completed_total",
                "counter",
                "completed checkpoints",
                labels,
                c.completed());
        text.add(
                "gmall_flink_checkpoints_failed_total",
                "counter",
                "failed checkpoints",
                labels,
                c.failed());
        text.add(
                "gmall_flink_checkpoints_in_progress",
                "gauge",
                "checkpoints in progress",
                labels,
                c.inProgress());
        text.add(
                "gmall_flink_checkpoint_last_duration_seconds",
                "gauge",
                "end-to-end duration of the latest completed checkpoint",
                labels,
                c.lastDurationSeconds());
        text.add(
                "gmall_flink_checkpoint_last_size_bytes",
                "gauge",
                "state size of the latest completed checkpoint",
                labels,
                c.lastSizeBytes());
        text.add(
                "gmall_flink_checkpoint_last_completed_age_seconds",
                "gauge",
                "seconds since the latest completed "
                        + "checkpoint (the job's uptime while none has completed)",
                labels,
                c.lastCompletedAgeSeconds());
        text.add(
                "gmall_flink_checkpoint_interval_seconds",
                "gauge",
                "the job's configured checkpoint interval",
                labels,
                c.intervalSeconds());
        text.add(
                "gmall_flink_checkpoint_restored_id",
                "gauge",
                "id of the checkpoint or savepoint the job last "
                        + "started from (absent: it started without state)",
                labels,
                c.restoredId());
        for (OperatorSnapshot operator : job.operators()) {
            Map<String, String> operatorLabels = new LinkedHashMap<>(labels);
            operatorLabels.put("operator", operator.name());
            for (OperatorMetric metric : OperatorMetric.values()) {
                text.add(
                        metric.series(),
                        metric.type(),
                        metric.help(),
                        operatorLabels,
                        operator.value(metric));
            }
            double hits = operator.value(OperatorMetric.DIM_CACHE_HITS);
            double misses = operator.value(OperatorMetric.DIM_CACHE_MISSES);
            text.add(
                    "gmall_flink_dim_cache_hit_ratio",
                    "gauge",
                    "share of dim lookups the cache answered (0..1)",
                    operatorLabels,
                    hits + misses > 0 ? hits / (hits + misses) : Double.NaN);
        }
    }
}
