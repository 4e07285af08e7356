package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
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
}
