package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * One Flink job of the warehouse: its name and how it builds its pipeline. Its {@code main} hands it to
 * {@link JobMain} (for {@code flink run -c}) and {@link LocalRun} runs it in a MiniCluster ({@code bin/gmall run}).
 */
public interface GmallJob {
    /** The job's name: Flink job name, DLQ topic suffix, Kafka transactional id prefix. */
    String name();

    /** Adds the job's sources, operators (each with a name and a stable uid) and sinks to {@code env}. */
    void build(StreamExecutionEnvironment env, GmallConfig config) throws Exception;

    /**
     * Uids of operators an earlier version of the job had and this one does not: their state in a savepoint or
     * checkpoint of the earlier version is left behind on restore, and only theirs ({@link RetiredOperators}).
     */
    default List<String> retiredUids() {
        return List.of();
    }
}
