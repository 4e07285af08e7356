package com.gmall.rtdw.jobs.wiring;

import com.gmall.rtdw.jobs.runtime.QuietFlush;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/**
 * A topic's event time as a job declares it: where a record's time comes from, how far out of order
 * records may come within a partition, and where the watermark goes when the input has been quiet
 * for {@code quietMs} ({@link QuietFlush}: the newest record's window closes instead of waiting for
 * the next record).
 */
public record EventTime<T>(
        SerializableTimestampAssigner<T> timestamps,
        Duration outOfOrderness,
        long quietMs,
        QuietFlush.Target whenQuiet) {}
