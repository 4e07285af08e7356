package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Watermarks on Kafka's own timestamps (the time a record was sent), for the jobs that wait for
 * every row of a transaction to arrive across partitions. Bounded out-of-orderness while records
 * come; when a partition has been quiet for {@code quietMs} and is read to its end ({@link
 * PartitionEnds}), its watermark follows the wall clock, {@code quietMs} behind. Without that, the
 * shop's last orders would wait for its next ones.
 *
 * <p>Quiet alone is not enough: Kafka time is the time a record was sent, not the time it became
 * readable. A producer's transaction is readable at its checkpoint, which a loaded machine can
 * delay by more than {@code quietMs}, and a reader held back by backpressure reads nothing for a
 * while though records wait. Following the clock then made those records late (seen: an order's
 * details dead-lettered by the assembler while the machine was busy with bad input). A partition is
 * read to its end when no open transaction has records in it and nothing committed is left to read;
 * what is sent from then on carries a time after now, so it cannot fall behind a watermark {@code
 * quietMs} behind the clock.
 *
 * <p>Quiet partitions are never marked idle: an idle partition is left out of the watermark, and
 * when it wakes up the others may already be past its first records (seen: an order's rows split
 * between a partition read first and one reactivated a moment later, the order assembled without
 * some of its details). Following the wall clock keeps it in, a bounded distance behind. A
 * partition nothing has been read from yet cannot be asked about (its topic and number come with
 * its records): it follows the clock once quiet.
 */
public final class KafkaTimeWatermarks implements WatermarkGenerator<SourceBytes> {
    /** Processing time, replaceable in tests. */
    interface Clock extends java.io.Serializable {
        long millis();
    }

    /**
     * The quiet period counts checkpoint intervals of at least this: a partition nothing has been
     * read from yet follows the clock once quiet, and a fresh start's first checkpoints (OdsDbApp's
     * snapshot on a busy machine) take longer than three 2 s intervals. Seen with 2 s checkpoints
     * and no floor: a demo at about 800 events/s on a fresh stack dead-lettered 32 order rows whose
     * order_info came more than 60 s later (the cause is not proven; the floor keeps this period
     * what it was with 10 s checkpoints).
     */
    static final long LEAST_INTERVAL_MS = 10_000;

    private final long outOfOrdernessMs;
    private final long quietMs;
    private final Clock clock;
    private final PartitionEnds ends;
    private long newest = Long.MIN_VALUE;
    private long lastRecordAt;
    private long emitted = Long.MIN_VALUE;

    /** Where the last record came from (its value is not kept: it may be megabytes). */
    private String topic;

    private int partition;
    private long nextOffset;

    KafkaTimeWatermarks(long outOfOrdernessMs, long quietMs, Clock clock, PartitionEnds ends) {
        this.outOfOrdernessMs = outOfOrdernessMs;
        this.quietMs = quietMs;
        this.clock = clock;
        this.ends = ends;
        this.lastRecordAt = clock.millis();
    }

    /**
     * Per partition (give it to {@code fromSource}): quiet after {@code dws.quiet-flush-ms} plus
     * three checkpoint intervals of at least {@link #LEAST_INTERVAL_MS}, and then following the
     * wall clock once read to its end, so a partition without records never holds the others back
     * (G8) and never drops out of the watermark either.
     */
    public static WatermarkStrategy<SourceBytes> strategy(
            GmallConfig config, Duration outOfOrderness, PartitionEnds ends) {
        long bound = outOfOrderness.toMillis();
        long quiet =
                config.get(GmallOptions.DWS_QUIET_FLUSH_MS)
                        + 3L
                                * Math.max(
                                        LEAST_INTERVAL_MS,
                                        config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS));
        Clock clock = System::currentTimeMillis;
        return WatermarkStrategy.forGenerator(
                context -> new KafkaTimeWatermarks(bound, quiet, clock, ends));
    }

    @Override
    public void onEvent(SourceBytes record, long kafkaTimestamp, WatermarkOutput output) {
        newest = Math.max(newest, kafkaTimestamp);
        lastRecordAt = clock.millis();
        topic = record.topic;
        partition = record.partition;
        nextOffset = record.offset + 1;
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long watermark = newest == Long.MIN_VALUE ? Long.MIN_VALUE : newest - outOfOrdernessMs - 1;
        long now = clock.millis();
        if (now - lastRecordAt >= quietMs && readToTheEnd(now)) {
            watermark = Math.max(watermark, now - quietMs - outOfOrdernessMs - 1);
        }
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }

    private boolean readToTheEnd(long now) {
        return topic == null || ends.readToTheEnd(topic, partition, nextOffset, now);
    }
}
