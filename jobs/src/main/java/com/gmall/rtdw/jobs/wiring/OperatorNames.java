package com.gmall.rtdw.jobs.wiring;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import java.util.Map;
import java.util.Set;

/**
 * The uids and consumer groups {@link JobWiring} gives what it builds. A uid is where an operator's
 * state goes in a checkpoint or savepoint, and a group is where a source's offsets are committed,
 * so neither may change for a job that has run: the scheme below is the one the jobs used before
 * they were wired through {@link JobWiring}, including the exceptions they had (listed here, once;
 * {@code JobUidsTest} compares every job's uids with the ones it had, and {@code
 * EarlierCheckpointsTest} maps checkpoints of that version onto every job).
 */
final class OperatorNames {
    /**
     * Jobs whose Kafka sources had the topic's dashed name in their uid; the others kept its
     * underscores.
     */
    private static final Set<String> DASHED_SOURCES =
            Set.of(
                    "DwdTradeCancelDetail",
                    "DwdTradePayDetail",
                    "DwdTradeOrderRefund",
                    "DwdTradeRefundDetail");

    /** Jobs whose Kafka sink kept the topic's underscores in its uid; the others dashed it. */
    private static final Set<String> UNDERSCORED_SINKS = Set.of("OdsDbApp");

    /** Consumer groups that are not the job's name in snake case. */
    private static final Map<String, String> GROUPS =
            Map.of(
                    "DwdTrafficUniqueVisitorDetail",
                    "dwd_traffic_uv",
                    "DwdTrafficUserJumpDetail",
                    "dwd_traffic_uj");

    /** Quiet-flush operators named for what they time rather than for their topic. */
    private static final Map<String, String> QUIET_FLUSHES =
            Map.of(
                    "DwdTrafficUniqueVisitorDetail",
                    "page-time",
                    "DwdTrafficUserJumpDetail",
                    "page-time");

    private final String job;

    OperatorNames(String job) {
        this.job = job;
    }

    String group() {
        return GROUPS.getOrDefault(job, DeadLetters.topic(job).substring("dlq_".length()));
    }

    String source(String topic) {
        return "kafka-" + (DASHED_SOURCES.contains(job) ? dashed(topic) : topic);
    }

    String sink(String topic) {
        return "kafka-" + (UNDERSCORED_SINKS.contains(job) ? topic : dashed(topic));
    }

    /** The DWS jobs' decoders kept the topic's underscores; the others dashed it. */
    String decoder(String topic) {
        return "decode-" + (isDws() ? topic : dashed(topic));
    }

    String quietFlush(String topic) {
        return QUIET_FLUSHES.getOrDefault(job, "quiet-flush-" + (isDws() ? topic : dashed(topic)));
    }

    String binlog(String source) {
        return "mysql-cdc-" + dashed(source);
    }

    String deadLetters() {
        return "kafka-dead-letters";
    }

    private boolean isDws() {
        return job.startsWith("Dws");
    }

    static String dashed(String name) {
        return name.replace('_', '-');
    }
}
