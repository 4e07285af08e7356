package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Watermarks on Kafka's own timestamps (the time a record was sent), for the jobs that wait for every row of a
 * transaction to arrive across partitions. Bounded out-of-orderness while records come; when a partition has been
 * quiet for {@code quietMs}, its watermark follows the wall clock, {@code quietMs} behind. That is safe because
 * Kafka time is wall time: a record sent more than {@code quietMs} ago has been committed by the producer's next
 * checkpoints ({@code quietMs} is several checkpoint intervals) and would have been read already. Without it, the
 * shop's last orders would wait for its next ones.
 *
 * <p>Quiet partitions are never marked idle: an idle partition is left out of the watermark, and when it wakes up
 * the others may already be past its first records (seen: an order's rows split between a partition read first
 * and one reactivated a moment later, the order assembled without some of its details). Following the wall
 * clock keeps it in, a bounded distance behind.
 *
 * @param <T> the record type
 */
public final class KafkaTimeWatermarks<T> implements WatermarkGenerator<T> {
    /** Processing time, replaceable in tests. */
    interface Clock extends java.io.Serializable {
        long millis();
    }

    private final long outOfOrdernessMs;
    private final long quietMs;
    private final Clock clock;
    private long newest = Long.MIN_VALUE;
    private long lastRecordAt;
    private long emitted = Long.MIN_VALUE;

    KafkaTimeWatermarks(long outOfOrdernessMs, long quietMs, Clock clock) {
        this.outOfOrdernessMs = outOfOrdernessMs;
        this.quietMs = quietMs;
        this.clock = clock;
        this.lastRecordAt = clock.millis();
    }

    /**
     * Per partition (give it to {@code fromSource}): quiet after {@code dws.quiet-flush-ms} plus three checkpoint
     * intervals, and then following the wall clock, so a partition without records never holds the others back
     * (G8) and never drops out of the watermark either.
     */
    public static <T> WatermarkStrategy<T> strategy(GmallConfig config, Duration outOfOrderness) {
        long bound = outOfOrderness.toMillis();
        long quiet = config.get(GmallOptions.DWS_QUIET_FLUSH_MS)
                + 3L * config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS);
        Clock clock = System::currentTimeMillis;
        return WatermarkStrategy.forGenerator(context -> new KafkaTimeWatermarks<>(bound, quiet, clock));
    }

    @Override
    public void onEvent(T event, long kafkaTimestamp, WatermarkOutput output) {
        newest = Math.max(newest, kafkaTimestamp);
        lastRecordAt = clock.millis();
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long watermark = newest == Long.MIN_VALUE ? Long.MIN_VALUE : newest - outOfOrdernessMs - 1;
        long now = clock.millis();
        if (now - lastRecordAt >= quietMs) {
            watermark = Math.max(watermark, now - quietMs - outOfOrdernessMs - 1);
        }
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }
}
