package com.gmall.rtdw.jobs.runtime;

import java.io.Serializable;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Bounded out-of-orderness watermarks that do not wait for ever at the end of a burst. Event time only moves when
 * records come, so after the shop goes quiet (a demo ends, the night) the last windows and CEP timeouts would stay
 * open. When no record has come for {@code quietMs} of processing time, the watermark moves to what
 * {@link QuietTarget} says for the newest record (for a window: the end of its window), so what is pending fires.
 * A record that still comes for it is late: a window takes it back within its allowed lateness and fires again
 * (the newer ClickHouse row replaces the older one).
 *
 * <p>The jump is bounded by the target (one window, one CEP timeout), never to the wall clock: a job replaying
 * old data is not pushed ahead of it.
 *
 * @param <T> the record type
 */
public final class QuietFlushWatermarks<T> implements WatermarkGenerator<T> {
    /** Processing time, replaceable in tests. */
    public interface Clock extends Serializable {
        long millis();
    }

    /** Where the watermark goes when the input is quiet, given the newest record's timestamp. */
    public interface QuietTarget extends Serializable {
        long watermarkFor(long newestTimestamp);

        /** The end of the tumbling window (aligned to the epoch, as Flink's are) holding the newest record. */
        static QuietTarget endOfWindow(long windowMs) {
            return newest -> newest - Math.floorMod(newest, windowMs) + windowMs - 1;
        }

        /** Just past {@code ms} after the newest record (a CEP pattern's {@code within}). */
        static QuietTarget after(long ms) {
            return newest -> newest + ms;
        }
    }

    private final long outOfOrdernessMs;
    private final long quietMs;
    private final QuietTarget target;
    private final Clock clock;

    private long newest = Long.MIN_VALUE;
    private long lastRecordAt;
    private long emitted = Long.MIN_VALUE;

    public QuietFlushWatermarks(long outOfOrdernessMs, long quietMs, QuietTarget target, Clock clock) {
        this.outOfOrdernessMs = outOfOrdernessMs;
        this.quietMs = quietMs;
        this.target = target;
        this.clock = clock;
        this.lastRecordAt = clock.millis();
    }

    /**
     * The strategy for a stream: timestamps from {@code timestamps}, watermarks as above, and idle inputs (say, a
     * subtask without partitions) not holding the others back after {@code idleness} (G8).
     */
    public static <T> WatermarkStrategy<T> strategy(Duration outOfOrderness, long quietMs, QuietTarget target,
            Duration idleness, SerializableTimestampAssigner<T> timestamps) {
        long bound = outOfOrderness.toMillis();
        Clock clock = System::currentTimeMillis;
        return WatermarkStrategy.<T>forGenerator(context -> new QuietFlushWatermarks<>(bound, quietMs, target, clock))
                .withTimestampAssigner(timestamps)
                .withIdleness(idleness);
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        newest = Math.max(newest, eventTimestamp);
        lastRecordAt = clock.millis();
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (newest == Long.MIN_VALUE) {
            return;
        }
        long watermark = newest - outOfOrdernessMs - 1;
        if (clock.millis() - lastRecordAt >= quietMs) {
            watermark = Math.max(watermark, target.watermarkFor(newest));
        }
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }
}
