package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

/** Kafka-time watermarks: bounded while records come, the wall clock minus the quiet time once they stop. */
class KafkaTimeWatermarksTest {
    private long now = 1_000_000;
    private final List<Long> emitted = new ArrayList<>();
    private final WatermarkOutput output = new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
            emitted.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {}
    };

    @Test
    void aQuietPartitionFollowsTheWallClockQuietTimeBehind() {
        KafkaTimeWatermarks<String> w = new KafkaTimeWatermarks<>(2_000, 20_000, () -> now);
        w.onEvent("a", 1_000_000, output);
        w.onPeriodicEmit(output);
        assertThat(emitted).containsExactly(997_999L);

        now += 19_999;
        w.onPeriodicEmit(output);
        assertThat(emitted).as("not quiet long enough").containsExactly(997_999L);

        now = 1_030_000;
        w.onPeriodicEmit(output);
        assertThat(emitted).containsExactly(997_999L, 1_007_999L); // 1,030,000 - 20,000 - 2,000 - 1
    }

    @Test
    void recordsKeepTheBoundedWatermarkAndItNeverGoesBack() {
        KafkaTimeWatermarks<String> w = new KafkaTimeWatermarks<>(2_000, 20_000, () -> now);
        now = 1_050_000;
        w.onPeriodicEmit(output); // quiet from the start: follows the clock
        w.onEvent("late", 1_000_000, output); // an old record does not pull it back
        w.onPeriodicEmit(output);
        assertThat(emitted).containsExactly(1_027_999L);
    }
}
