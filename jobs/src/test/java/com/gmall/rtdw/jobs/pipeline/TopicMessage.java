package com.gmall.rtdw.jobs.pipeline;

import java.io.Serializable;

/** A message as a Kafka source hands it to a job: where it was, when it was sent, its key and value. */
record TopicMessage(int partition, long offset, long kafkaTime, byte[] key, byte[] value) implements Serializable {}
