package com.gmall.rtdw.local;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.LocalCluster;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.JobID;

/**
 * What was going on when an end-to-end comparison failed, for a run seen only in a CI log: each
 * restarted job's last failure, the dead letters since the case's shop began writing, every job's
 * checkpoints, and Kafka's open transactions and groups behind.
 */
final class WhyRowsDiffer {
    private final GmallConfig config;
    private final LocalCluster cluster;
    private final Map<String, JobID> jobs;
    private final Instant shopStarted;

    WhyRowsDiffer(
            GmallConfig config,
            LocalCluster cluster,
            Map<String, JobID> jobs,
            Instant shopStarted) {
        this.config = config;
        this.cluster = cluster;
        this.jobs = jobs;
        this.shopStarted = shopStarted;
    }

    String describe() {
        return failures() + deadLetters() + checkpoints() + KafkaProgress.describe(config);
    }

    /** Every job's checkpoints in one line each, for a failed comparison. */
    private String checkpoints() {
        StringBuilder out = new StringBuilder("checkpoints:\n");
        jobs.forEach(
                (name, job) -> {
                    String summary;
                    try {
                        summary = cluster.checkpointSummary(job);
                    } catch (Exception e) {
                        summary = "unknown: " + e;
                    }
                    out.append("  ").append(name).append(": ").append(summary).append('\n');
                });
        return out.toString();
    }

    /**
     * Every job's dead letters since the case's shop began writing, for a failed comparison: per
     * job their count and the first few, cut short (the bad input some cases send is left out, it
     * is dead-lettered on purpose).
     */
    private String deadLetters() {
        StringBuilder out =
                new StringBuilder(
                        "dead letters since "
                                + shopStarted
                                + " (bad input sent on purpose left out):\n");
        for (String job : jobs.keySet()) {
            List<String> letters =
                    TopicReader.readUntil(
                                    config,
                                    DeadLetters.topic(job),
                                    all -> false,
                                    Duration.ofSeconds(3))
                            .stream()
                            .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                            .filter(letter -> !DeadLetterSearch.MARKER.matcher(letter).find())
                            .filter(letter -> !failedAt(letter).isBefore(shopStarted))
                            .toList();
            if (!letters.isEmpty()) {
                out.append("  ").append(job).append(": ").append(letters.size()).append('\n');
                letters.stream()
                        .limit(3)
                        .forEach(
                                letter ->
                                        out.append("    ")
                                                .append(letter, 0, Math.min(letter.length(), 300))
                                                .append('\n'));
            }
        }
        return out.toString();
    }

    private static final Pattern FAILED_AT = Pattern.compile("\"failed_at\":\"([^\"]+)\"");

    private static Instant failedAt(String letter) {
        Matcher at = FAILED_AT.matcher(letter);
        return at.find() ? Instant.parse(at.group(1)) : Instant.MAX;
    }

    /** The last failure of every job that has restarted a task, for a failed comparison. */
    private String failures() {
        StringBuilder out = new StringBuilder("last failure of jobs that restarted:\n");
        jobs.forEach(
                (name, job) -> {
                    try {
                        cluster.lastFailure(job)
                                .ifPresent(
                                        failure ->
                                                out.append("  ")
                                                        .append(name)
                                                        .append(": ")
                                                        .append(failure)
                                                        .append('\n'));
                    } catch (Exception e) {
                        out.append("  ").append(name).append(": unknown: ").append(e).append('\n');
                    }
                });
        return out.toString();
    }
}
