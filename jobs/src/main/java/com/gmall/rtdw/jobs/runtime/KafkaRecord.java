package com.gmall.rtdw.jobs.runtime;

import java.util.Arrays;

/**
 * A record ready for Kafka: topic, key and value already encoded. Sources that can produce bad
 * input emit these, so that a good record and its dead letter go through the same exactly-once
 * sink. A Flink POJO.
 */
public class KafkaRecord {
    public String topic;
    public byte[] key;
    public byte[] value;

    public KafkaRecord() {}

    public KafkaRecord(String topic, byte[] key, byte[] value) {
        this.topic = topic;
        this.key = key;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KafkaRecord r
                && topic.equals(r.topic)
                && Arrays.equals(key, r.key)
                && Arrays.equals(value, r.value);
    }

    @Override
    public int hashCode() {
        return topic.hashCode() * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "KafkaRecord[" + topic + ", " + (value == null ? 0 : value.length) + " bytes]";
    }
}
