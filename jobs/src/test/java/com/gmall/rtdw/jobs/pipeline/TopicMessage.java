package com.gmall.rtdw.jobs.pipeline;

import java.io.Serializable;

/** A message as a Kafka source hands it to a job: where it was, when it was sent, its key and value. */
record TopicMessage(int partition, long offset, long kafkaTime, byte[] key, byte[] value) implements Serializable {
    /** No message: the source waits {@code millis} before the next one ({@link PipelineRun#pause}). */
    static TopicMessage pause(long millis) {
        return new TopicMessage(-1, -1, millis, null, null);
    }

    boolean isPause() {
        return partition < 0;
    }
}
