package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.jobs.wiring.JobWiring;
import java.util.List;

/**
 * One Flink job of the warehouse: its name and how it builds its pipeline. Its {@code main} hands
 * it to {@link JobMain} (for {@code flink run -c}) and {@link LocalRun} runs it in a MiniCluster
 * ({@code bin/gmall run}).
 */
public interface GmallJob {
    /** The job's name: Flink job name, DLQ topic suffix, Kafka transactional id prefix. */
    String name();

    /**
     * Declares what the job reads and writes on {@code wiring}, and its operators in between (each
     * with a name and a stable uid).
     */
    void build(JobWiring wiring) throws Exception;

    /**
     * Uids of operators an earlier version of the job had and this one does not: their state in a
     * savepoint or checkpoint of the earlier version is left behind on restore, and only theirs
     * ({@link RetiredOperators}).
     */
    default List<String> retiredUids() {
        return List.of();
    }
}
