package com.gmall.rtdw.jobs.runtime;

/**
 * One Kafka message as it was read, not yet decoded, with where it came from: decoding happens in
 * an operator that can turn a bad message into a dead letter (a deserializer could only fail the
 * job or drop it). A Flink POJO.
 */
public class SourceBytes {
    public String topic;
    public int partition;
    public long offset;
    public byte[] value;

    public SourceBytes() {}

    public SourceBytes(String topic, int partition, long offset, byte[] value) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.value = value;
    }
}
