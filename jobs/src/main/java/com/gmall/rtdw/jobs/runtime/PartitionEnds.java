package com.gmall.rtdw.jobs.runtime;

import java.io.Serializable;

/**
 * Whether a reader of a Kafka partition has read all that partition will ever hold of what was sent
 * until now: nothing committed it has not read, and no open transaction with records in the
 * partition. Asked by {@link KafkaTimeWatermarks} before a quiet partition's watermark may follow
 * the wall clock.
 */
public interface PartitionEnds extends Serializable {
    /**
     * @param nextOffset the offset after the last record the reader has read
     * @param now the wall clock, for answers that are kept a short time
     * @return true only when known to be so; false when unknown (the broker did not answer, or not
     *     yet asked)
     */
    boolean readToTheEnd(String topic, int partition, long nextOffset, long now);
}
