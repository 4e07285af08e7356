package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

/**
 * Kafka-time watermarks: bounded while records come, the wall clock minus the quiet time once they
 * stop and the partition is read to its end, never before.
 */
class KafkaTimeWatermarksTest {
    private long now = 1_000_000;
    private boolean atTheEnd = true;
    private final List<String> asked = new ArrayList<>();
    private final List<Long> emitted = new ArrayList<>();
    private final PartitionEnds ends =
            (topic, partition, nextOffset, time) -> {
                asked.add(topic + "/" + partition + "@" + nextOffset);
                return atTheEnd;
            };
    private final WatermarkOutput output =
            new WatermarkOutput() {
                @Override
                public void emitWatermark(Watermark watermark) {
                    emitted.add(watermark.getTimestamp());
                }

                @Override
                public void markIdle() {}
            };

    private KafkaTimeWatermarks watermarks() {
        return new KafkaTimeWatermarks(2_000, 20_000, () -> now, ends);
    }

    private static SourceBytes record(long offset) {
        return new SourceBytes("topic_db", 3, offset, new byte[0]);
    }

    @Test
    void aQuietPartitionReadToItsEndFollowsTheWallClockQuietTimeBehind() {
        KafkaTimeWatermarks w = watermarks();
        w.onEvent(record(41), 1_000_000, output);
        w.onPeriodicEmit(output);
        assertThat(emitted).containsExactly(997_999L);

        now += 19_999;
        w.onPeriodicEmit(output);
        assertThat(emitted).as("not quiet long enough").containsExactly(997_999L);
        assertThat(asked).as("not asked before it is quiet").isEmpty();

        now = 1_030_000;
        w.onPeriodicEmit(output);
        assertThat(emitted).containsExactly(997_999L, 1_007_999L); // 1,030,000 - 20,000 - 2,000 - 1
        assertThat(asked).containsExactly("topic_db/3@42");
    }

    @Test
    void aQuietPartitionNotReadToItsEndKeepsItsBoundedWatermark() {
        KafkaTimeWatermarks w = watermarks();
        w.onEvent(record(41), 1_000_000, output);
        atTheEnd = false; // an open transaction, or records the reader has not read (backpressure)
        now = 1_100_000;
        w.onPeriodicEmit(output);
        assertThat(emitted).containsExactly(997_999L);

        atTheEnd = true;
        w.onPeriodicEmit(output);
        assertThat(emitted).containsExactly(997_999L, 1_077_999L);
    }

    @Test
    void recordsKeepTheBoundedWatermarkAndItNeverGoesBack() {
        KafkaTimeWatermarks w = watermarks();
        now = 1_050_000;
        w.onPeriodicEmit(output); // quiet from the start, nothing read: follows the clock
        assertThat(asked).as("no partition to ask about yet").isEmpty();
        w.onEvent(record(7), 1_000_000, output); // an old record does not pull it back
        w.onPeriodicEmit(output);
        assertThat(emitted).containsExactly(1_027_999L);
    }
}
