package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.streamstatus.StreamStatus;
import org.apache.flink.streaming.runtime.streamstatus.StreamStatusMaintainer;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A quiet input closes the newest record's 10 s window after 5 s of processing time (checked every
 * 1.25 s).
 */
class QuietFlushTest {
    private OneInputStreamOperatorTestHarness<String, String> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new OneInputStreamOperatorTestHarness<>(
                        new QuietFlush<>(5_000, QuietFlush.Target.endOfWindow(10_000)));
        harness.setProcessingTime(0);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private List<Long> watermarks() {
        return harness.getOutput().stream()
                .filter(e -> e instanceof Watermark)
                .map(e -> ((Watermark) e).getTimestamp())
                .toList();
    }

    @Test
    void aQuietInputMovesTheWatermarkToTheEndOfTheNewestRecordsWindow() throws Exception {
        harness.processElement(new StreamRecord<>("a", 1_000_012_345L));
        harness.processElement(new StreamRecord<>("b", 1_000_011_000L));
        harness.setProcessingTime(4_000);
        assertThat(watermarks()).as("not quiet long enough").isEmpty();

        harness.setProcessingTime(
                6_250); // quiet for 5 s, seen at the next check (every quarter of that)
        assertThat(watermarks()).containsExactly(1_000_019_999L);
        harness.setProcessingTime(20_000);
        assertThat(watermarks()).as("once").containsExactly(1_000_019_999L);
    }

    @Test
    void aFlushMarksATaskTheSourceHadMarkedIdleActiveAgainSoThatItsWatermarkIsSentOn()
            throws Exception {
        StreamStatusMaintainer task =
                ((QuietFlush<String>) harness.getOneInputOperator())
                        .getContainingTask()
                        .getStreamStatusMaintainer();
        harness.processElement(new StreamRecord<>("a", 1_000_012_345L));
        task.toggleStreamStatus(StreamStatus.IDLE); // every partition quiet past the idle timeout
        harness.setProcessingTime(4_000);
        assertThat(task.getStreamStatus())
                .as("not quiet long enough to flush")
                .isEqualTo(StreamStatus.IDLE);
        harness.setProcessingTime(6_250);
        assertThat(watermarks()).containsExactly(1_000_019_999L);
        assertThat(task.getStreamStatus()).isEqualTo(StreamStatus.ACTIVE);
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

    /** A fresh instance restored from {@code state}, as after a failure. */
    private void restore(OperatorSubtaskState state) throws Exception {
        harness.close();
        harness =
                new OneInputStreamOperatorTestHarness<>(
                        new QuietFlush<>(5_000, QuietFlush.Target.endOfWindow(10_000)));
        harness.setProcessingTime(0);
        harness.initializeState(state);
        harness.open();
    }

    @Test
    void aRestoredInstanceSendsTheWatermarkItHadSentAtTheCheckpointBeforeAnyRecord()
            throws Exception {
        harness.processWatermark(new Watermark(5_000));
        OperatorSubtaskState checkpoint = harness.snapshot(1, 1);
        harness.processWatermark(
                new Watermark(9_000)); // sent after the checkpoint: lost with the failure

        restore(checkpoint);
        assertThat(watermarks())
                .as("at once: a record too late before is as late now")
                .containsExactly(5_000L);
        harness.processWatermark(
                new Watermark(4_000)); // the source starts again from its checkpointed offsets
        harness.processWatermark(new Watermark(6_000));
        assertThat(watermarks()).containsExactly(5_000L, 6_000L);
    }

    @Test
    void afterARestoreEverySubtaskStartsFromTheLeastWatermarkAnySubtaskHadSent() throws Exception {
        harness.processWatermark(new Watermark(5_000));
        OperatorSubtaskState first = harness.snapshot(1, 1);
        restore(
                AbstractStreamOperatorTestHarness
                        .repackageState()); // an empty instance as the second subtask
        harness.processWatermark(new Watermark(3_000));
        OperatorSubtaskState second = harness.snapshot(1, 1);

        restore(AbstractStreamOperatorTestHarness.repackageState(first, second));
        assertThat(watermarks()).containsExactly(3_000L);
    }

    @Test
    void aCheckpointBeforeAnyWatermarkRestoresNothing() throws Exception {
        restore(harness.snapshot(1, 1));
        harness.processElement(new StreamRecord<>("a", 1_000L));
        assertThat(watermarks()).isEmpty();
    }

    @Test
    void windowsStillOpenAtTheCheckpointCloseAfterARestoreThoughNoRecordFollows() throws Exception {
        harness.processElement(new StreamRecord<>("a", 1_000_012_345L));
        harness.processWatermark(new Watermark(1_000_010_000L));
        OperatorSubtaskState checkpoint = harness.snapshot(1, 1);

        restore(checkpoint); // the input went quiet before the failure: nothing is read again
        harness.setProcessingTime(6_250);
        assertThat(watermarks()).containsExactly(1_000_010_000L, 1_000_019_999L);
    }
}
