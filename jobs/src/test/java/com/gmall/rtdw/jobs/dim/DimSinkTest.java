package com.gmall.rtdw.jobs.dim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.streaming.api.operators.StreamSink;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DimApp's sink in an operator harness: batches, commit triggers, and the order of write and cache delete. */
class DimSinkTest {
    /** Writer and cache calls in the order they happened (test doubles; DimAppITCase runs the real ones). */
    private static final List<String> EVENTS = new CopyOnWriteArrayList<>();
    private static volatile boolean failWrites;

    private static final DimTable TRADEMARKS = new DimTable("base_trademark", "DIM_BASE_TRADEMARK",
            List.of("id", "tm_name"), "id", "");

    private OneInputStreamOperatorTestHarness<DimWrite, Object> harness;
    private DimSink sink;

    @BeforeEach
    void open() throws Exception {
        EVENTS.clear();
        failWrites = false;
        sink = new DimSink(RecordingWriter::new, RecordingCache::new, 3, 1000, 500);
        harness = new OneInputStreamOperatorTestHarness<>(new StreamSink<>(sink));
        harness.setProcessingTime(0);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void rowsAreCommittedInBatchesOfTheConfiguredSizeNotOneByOne() throws Exception {
        harness.processElement(upsert("1", "a"), 0);
        harness.processElement(upsert("2", "b"), 0);
        assertThat(EVENTS).isEmpty();

        harness.processElement(upsert("3", "c"), 0);

        assertThat(EVENTS).containsExactly("write [1, 2, 3]", "invalidate [DIM:DIM_BASE_TRADEMARK:1, "
                + "DIM:DIM_BASE_TRADEMARK:2, DIM:DIM_BASE_TRADEMARK:3]");
        assertThat(sink.pendingRows()).isZero();
    }

    @Test
    void pendingRowsAreCommittedWhenTheIntervalEndsAndNoTimerIsLeft() throws Exception {
        harness.processElement(upsert("1", "a"), 0);
        assertThat(harness.getProcessingTimeService().getNumActiveTimers()).isEqualTo(1);
        harness.setProcessingTime(999);
        assertThat(EVENTS).isEmpty();

        harness.setProcessingTime(1000);

        assertThat(EVENTS).containsExactly("write [1]", "invalidate [DIM:DIM_BASE_TRADEMARK:1]");
        assertThat(sink.pendingRows()).isZero();
        harness.setProcessingTime(1500);
        assertThat(harness.getProcessingTimeService().getNumActiveTimers()).isZero();
    }

    @Test
    void keysAreDeletedAgainAfterTheRedeleteDelayD6() throws Exception {
        harness.processElement(upsert("1", "a"), 0);
        harness.snapshot(1, 1); // commit at time 0
        harness.setProcessingTime(300);
        harness.processElement(upsert("2", "b"), 300);
        harness.snapshot(2, 300); // commit at time 300
        assertThat(EVENTS).containsExactly("write [1]", "invalidate [DIM:DIM_BASE_TRADEMARK:1]", "write [2]",
                "invalidate [DIM:DIM_BASE_TRADEMARK:2]");

        harness.setProcessingTime(500);
        assertThat(EVENTS).as("a lookup that cached the old row between read and commit is undone").endsWith(
                "invalidate [DIM:DIM_BASE_TRADEMARK:1]");
        harness.setProcessingTime(800);

        assertThat(EVENTS.subList(4, EVENTS.size())).containsExactly("invalidate [DIM:DIM_BASE_TRADEMARK:1]",
                "invalidate [DIM:DIM_BASE_TRADEMARK:2]");
        harness.setProcessingTime(1300); // the interval timer of row 2, now with nothing to do
        assertThat(harness.getProcessingTimeService().getNumActiveTimers()).isZero();
        assertThat(EVENTS).hasSize(6);
    }

    @Test
    void aCheckpointCommitsPendingRowsAndKeepsNoState() throws Exception {
        harness.processElement(upsert("1", "a"), 0);

        var snapshot = harness.snapshot(1, 1);

        assertThat(EVENTS).containsExactly("write [1]", "invalidate [DIM:DIM_BASE_TRADEMARK:1]");
        assertThat(snapshot.getManagedOperatorState()).isEmpty();
        assertThat(snapshot.getManagedKeyedState()).isEmpty();
    }

    @Test
    void cacheKeysAreDeletedOnlyAfterTheirBatchCommitsD6() throws Exception {
        failWrites = true;
        harness.processElement(upsert("1", "a"), 0);
        harness.processElement(upsert("2", "b"), 0);

        assertThatThrownBy(() -> harness.processElement(upsert("3", "c"), 0)).hasMessage("HBase is down");
        assertThat(EVENTS).as("no key deleted for rows not written").containsExactly("write failed [1, 2, 3]");
    }

    @Test
    void theLastChangeOfARowInABatchWinsAndDeletesAreWrittenD4() throws Exception {
        harness.processElement(upsert("1", "a"), 0);
        harness.processElement(upsert("1", "b"), 0);
        harness.processElement(DimWrite.delete(TRADEMARKS, "2"), 0);
        harness.processElement(DimWrite.delete(TRADEMARKS, "1"), 0);
        harness.setProcessingTime(1000);

        assertThat(EVENTS).containsExactly("write [delete 2, delete 1]",
                "invalidate [DIM:DIM_BASE_TRADEMARK:2, DIM:DIM_BASE_TRADEMARK:1]");
    }

    private static DimWrite upsert(String id, String name) {
        return DimWrite.upsert(TRADEMARKS, id, new String[] {id, name});
    }

    private static String describe(Collection<DimWrite> batch) {
        return batch.stream().map(w -> w.delete ? "delete " + w.key : w.key).toList().toString();
    }

    static final class RecordingWriter implements DimWriter {
        @Override
        public void write(Collection<DimWrite> batch) throws SQLException {
            if (failWrites) {
                EVENTS.add("write failed " + describe(batch));
                throw new SQLException("HBase is down");
            }
            EVENTS.add("write " + describe(batch));
        }

        @Override
        public void close() {}
    }

    static final class RecordingCache implements DimCache {
        @Override
        public void invalidate(Collection<String> keys) {
            EVENTS.add("invalidate " + keys);
        }

        @Override
        public void close() {}
    }
}
