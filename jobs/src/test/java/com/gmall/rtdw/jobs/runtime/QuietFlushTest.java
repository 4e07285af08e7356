package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A quiet input closes the newest record's 10 s window after 5 s of processing time (checked every 1.25 s). */
class QuietFlushTest {
    private OneInputStreamOperatorTestHarness<String, String> harness;

    @BeforeEach
    void open() throws Exception {
        harness = new OneInputStreamOperatorTestHarness<>(new QuietFlush<>(5_000, QuietFlush.Target.endOfWindow(10_000)));
        harness.setProcessingTime(0);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private List<Long> watermarks() {
        return harness.getOutput().stream().filter(e -> e instanceof Watermark)
                .map(e -> ((Watermark) e).getTimestamp()).toList();
    }

    @Test
    void aQuietInputMovesTheWatermarkToTheEndOfTheNewestRecordsWindow() throws Exception {
        harness.processElement(new StreamRecord<>("a", 1_000_012_345L));
        harness.processElement(new StreamRecord<>("b", 1_000_011_000L));
        harness.setProcessingTime(4_000);
        assertThat(watermarks()).as("not quiet long enough").isEmpty();

        harness.setProcessingTime(6_250); // quiet for 5 s, seen at the next check (every quarter of that)
        assertThat(watermarks()).containsExactly(1_000_019_999L);
        harness.setProcessingTime(20_000);
        assertThat(watermarks()).as("once").containsExactly(1_000_019_999L);
    }

    @Test
    void recordsKeepItBusyAndTheSourcesOwnWatermarksPassInOrderOnly() throws Exception {
        for (long t = 0; t <= 20_000; t += 1_000) {
            harness.setProcessingTime(t);
            harness.processElement(new StreamRecord<>("x", 2_000_000_000L + t));
        }
        harness.processWatermark(new Watermark(2_000_015_000L));
        harness.processWatermark(new Watermark(2_000_014_000L)); // not backwards
        assertThat(watermarks()).containsExactly(2_000_015_000L);
    }

    @Test
    void withoutAnyRecordNothingIsInvented() throws Exception {
        harness.setProcessingTime(60_000);
        assertThat(watermarks()).isEmpty();
    }
}
