package com.gmall.rtdw.jobs.pipeline;

import java.io.Serializable;

/**
 * A message as a Kafka source hands it to a job: where it was, when it was sent, its key and value;
 * and how long (wall time, milliseconds) its input is quiet before it, 0 for not at all.
 */
record TopicMessage(
        int partition, long offset, long kafkaTime, byte[] key, byte[] value, long pauseMs)
        implements Serializable {
    /** A message that follows the one before it at once. */
    TopicMessage(int partition, long offset, long kafkaTime, byte[] key, byte[] value) {
        this(partition, offset, kafkaTime, key, value, 0);
    }
}
