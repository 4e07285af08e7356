package com.gmall.rtdw.runtime;

/**
 * Flink marks a record without event time with {@code Long.MIN_VALUE} (FLIP-27 sources without a
 * timestamp assigner do), which Kafka refuses as a record timestamp; such records get none, and the
 * broker stamps them.
 */
public final class KafkaTimestamps {
    private KafkaTimestamps() {}

    public static Long orNone(Long flinkTimestamp) {
        return flinkTimestamp == null || flinkTimestamp < 0 ? null : flinkTimestamp;
    }
}
