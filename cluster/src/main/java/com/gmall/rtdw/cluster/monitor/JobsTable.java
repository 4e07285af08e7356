package com.gmall.rtdw.cluster.monitor;

import java.util.List;
import java.util.Locale;

/**
 * The running jobs as {@code bin/gmall status} prints them: one line per job, read from one poll.
 */
public final class JobsTable {
    private JobsTable() {}

    public static String render(List<ClusterRead> reads) {
        return render(reads, TablesRead.notConfigured(), System.currentTimeMillis());
    }

    /**
     * With a DWS job's table freshness in a last column: from its newest window's end to its first
     * row, and how long ago that window ended.
     */
    public static String render(List<ClusterRead> reads, TablesRead tables, long nowMs) {
        String unreachable =
                tables.configured() && !tables.up()
                        ? "  clickhouse unreachable: " + tables.error() + "\n"
                        : "";
        return jobs(reads, tables, nowMs) + unreachable;
    }

    private static String jobs(List<ClusterRead> reads, TablesRead tables, long nowMs) {
        if (reads.isEmpty()) {
            return "  no Flink cluster running (bin/gmall run JOB, bin/gmall demo, or --yarn RM_URL)\n";
        }
        StringBuilder text =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "  %-12s %-40s %-11s %-13s %-22s %-10s %s%n",
                                "CLUSTER",
                                "JOB",
                                "STATE",
                                "BACKPRESSURE",
                                "CHECKPOINT AGE/TOOK",
                                "KAFKA LAG",
                                "DWS FRESHNESS/WINDOW AGE"));
        for (ClusterRead read : reads) {
            if (!read.up()) {
                text.append(
                        String.format(
                                Locale.ROOT,
                                "  %-12s unreachable: %s%n",
                                read.cluster().name(),
                                read.error()));
                continue;
            }
            for (FailedJob job : read.failed()) {
                text.append(
                        String.format(
                                Locale.ROOT,
                                "  %-12s %-40s %-11s (failed for good; see its exceptions in "
                                        + "the web UI)%n",
                                job.cluster().name(),
                                job.name(),
                                "FAILED"));
            }
            if (read.jobs().isEmpty() && read.failed().isEmpty()) {
                text.append(
                        String.format(
                                Locale.ROOT, "  %-12s no running job%n", read.cluster().name()));
            }
            List<JobSnapshot> byName = new java.util.ArrayList<>(read.jobs());
            byName.sort(java.util.Comparator.comparing(JobSnapshot::name));
            for (JobSnapshot job : byName) {
                JobSnapshot.Checkpoints c = job.checkpoints();
                String checkpoint =
                        Double.isNaN(c.lastDurationSeconds())
                                ? "none yet"
                                : String.format(
                                        Locale.ROOT,
                                        "%.0f s / %.1f s",
                                        c.lastCompletedAgeSeconds(),
                                        c.lastDurationSeconds());
                if (c.failed() > 0) {
                    checkpoint += " (" + c.failed() + " failed)";
                }
                double lag = job.kafkaLag();
                text.append(
                        String.format(
                                Locale.ROOT,
                                "  %-12s %-40s %-11s %-13s %-22s %-10s %s%n",
                                job.cluster().name(),
                                job.name(),
                                job.state(),
                                level(job.maxBackpressure()),
                                checkpoint,
                                Double.isNaN(lag) ? "-" : String.format(Locale.ROOT, "%.0f", lag),
                                freshness(tables, job.name(), nowMs)));
            }
        }
        return text.toString();
    }

    static String freshness(TablesRead tables, String job, long nowMs) {
        return tables.ofJob(job)
                .map(
                        t ->
                                String.format(
                                        Locale.ROOT,
                                        "%.1f s / %d s",
                                        t.firstRowDelaySeconds(),
                                        nowMs / 1000 - t.windowEnd()))
                .orElse("-");
    }

    /** Flink's own levels (web UI): ok up to 10 %, low up to 50 %, high above. */
    static String level(double ratio) {
        if (Double.isNaN(ratio)) {
            return "-";
        }
        String level = ratio <= 0.10 ? "ok" : ratio <= 0.5 ? "low" : "high";
        return String.format(Locale.ROOT, "%s (%.0f%%)", level, ratio * 100);
    }
}
