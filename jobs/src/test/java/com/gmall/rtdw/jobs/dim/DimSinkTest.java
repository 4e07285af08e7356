package com.gmall.rtdw.jobs.dim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.runtime.Backoff;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DimApp's sink in an operator harness: batches, commit triggers, the order of write and cache
 * delete, and what Phoenix refusing a row, Phoenix not answering and Redis being down do.
 */
class DimSinkTest {
    /**
     * Writer and cache calls in the order they happened (test doubles; DimAppITCase runs the real
     * ones).
     */
    private static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private static volatile boolean failWrites;

    /** Writes of batches holding this key are refused as Phoenix refuses a row it cannot store. */
    private static final String REFUSED_KEY = "refused";

    private static volatile int outagesLeft;
    private static volatile boolean redisDown;

    private static final DimTable TRADEMARKS =
            new DimTable(
                    "base_trademark", "DIM_BASE_TRADEMARK", List.of("id", "tm_name"), "id", "");

    private OneInputStreamOperatorTestHarness<DimWrite, KafkaRecord> harness;
    private DimSink sink;

    @BeforeEach
    void open() throws Exception {
        EVENTS.clear();
        failWrites = false;
        outagesLeft = 0;
        redisDown = false;
        harness = harness(null);
    }

    private OneInputStreamOperatorTestHarness<DimWrite, KafkaRecord> harness(
            OperatorSubtaskState restored) throws Exception {
        sink =
                new DimSink(
                        RecordingWriter::new,
                        RecordingCache::new,
                        3,
                        1000,
                        500,
                        "DimApp",
                        Backoff.giveUpAfter(Duration.ofSeconds(2)));
        OneInputStreamOperatorTestHarness<DimWrite, KafkaRecord> h =
                new OneInputStreamOperatorTestHarness<>(sink);
        h.setProcessingTime(0);
        if (restored != null) {
            h.initializeState(restored);
        }
        h.open();
        return h;
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

        assertThat(EVENTS)
                .containsExactly(
                        "write [1, 2, 3]",
                        "invalidate [DIM:DIM_BASE_TRADEMARK:1, "
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
        harness.prepareSnapshotPreBarrier(1); // commit at time 0
        harness.setProcessingTime(300);
        harness.processElement(upsert("2", "b"), 300);
        harness.prepareSnapshotPreBarrier(2); // commit at time 300
        assertThat(EVENTS)
                .containsExactly(
                        "write [1]",
                        "invalidate [DIM:DIM_BASE_TRADEMARK:1]",
                        "write [2]",
                        "invalidate [DIM:DIM_BASE_TRADEMARK:2]");

        harness.setProcessingTime(500);
        assertThat(EVENTS)
                .as("a lookup that cached the old row between read and commit is undone")
                .endsWith("invalidate [DIM:DIM_BASE_TRADEMARK:1]");
        harness.setProcessingTime(800);

        assertThat(EVENTS.subList(4, EVENTS.size()))
                .containsExactly(
                        "invalidate [DIM:DIM_BASE_TRADEMARK:1]",
                        "invalidate [DIM:DIM_BASE_TRADEMARK:2]");
        harness.setProcessingTime(1300); // the interval timer of row 2, now with nothing to do
        assertThat(harness.getProcessingTimeService().getNumActiveTimers()).isZero();
        assertThat(EVENTS).hasSize(6);
    }

    @Test
    void aCheckpointCommitsPendingRowsBeforeItsBarrier() throws Exception {
        harness.processElement(upsert("1", "a"), 0);

        harness.prepareSnapshotPreBarrier(1);

        assertThat(EVENTS).containsExactly("write [1]", "invalidate [DIM:DIM_BASE_TRADEMARK:1]");
        assertThat(sink.pendingRows()).isZero();
    }

    @Test
    void aRowPhoenixRefusesIsWrittenAloneAndOnlyItIsADeadLetter() throws Exception {
        harness.processElement(upsert("1", "a"), 0);
        harness.processElement(upsert(REFUSED_KEY, "b"), 0);
        harness.processElement(upsert("3", "c"), 0);

        assertThat(EVENTS)
                .containsExactly(
                        "write refused [1, refused, 3]",
                        "write [1]",
                        "write refused [refused]",
                        "write [3]",
                        "invalidate [DIM:DIM_BASE_TRADEMARK:1, DIM:DIM_BASE_TRADEMARK:3]");
        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(
                        letter -> {
                            String json = new String(letter.value, StandardCharsets.UTF_8);
                            assertThat(json)
                                    .contains("Phoenix refused the row")
                                    .contains("DIM_BASE_TRADEMARK[refused]");
                            assertThat(letter.topic).isEqualTo("dlq_dim_app");
                        });
    }

    @Test
    void phoenixNotAnsweringIsWaitedForAndTheBatchWrittenOnce() throws Exception {
        outagesLeft = 2;
        harness.processElement(upsert("1", "a"), 0);

        harness.prepareSnapshotPreBarrier(1); // 0.5 s and 1 s of backoff

        assertThat(EVENTS)
                .containsExactly(
                        "write failed [1]",
                        "write failed [1]",
                        "write [1]",
                        "invalidate [DIM:DIM_BASE_TRADEMARK:1]");
    }

    @Test
    void redisDownDelaysTheCacheDeletesWithoutFailingAndTheyAreDeliveredLater() throws Exception {
        redisDown = true;
        harness.processElement(upsert("1", "a"), 0);
        harness.prepareSnapshotPreBarrier(1);
        assertThat(EVENTS).containsExactly("write [1]", "invalidate refused");
        assertThat(sink.undeliveredCacheDeletes()).isEqualTo(1);

        redisDown = false;
        harness.setProcessingTime(500);

        assertThat(EVENTS).contains("invalidate [DIM:DIM_BASE_TRADEMARK:1]");
        assertThat(sink.undeliveredCacheDeletes()).isZero();
    }

    @Test
    void cacheDeletesNotDeliveredBeforeACrashAreDeliveredAfterTheRestore() throws Exception {
        redisDown = true;
        harness.processElement(upsert("1", "a"), 0);
        harness.prepareSnapshotPreBarrier(1);
        OperatorSubtaskState checkpoint = harness.snapshot(1, 1);
        harness.close();
        EVENTS.clear();

        redisDown = false;
        harness = harness(checkpoint);

        assertThat(EVENTS).containsExactly("invalidate [DIM:DIM_BASE_TRADEMARK:1]");
    }

    @Test
    void cacheKeysAreDeletedOnlyAfterTheirBatchCommitsD6() throws Exception {
        failWrites = true;
        harness.processElement(upsert("1", "a"), 0);
        harness.processElement(upsert("2", "b"), 0);

        assertThatThrownBy(() -> harness.processElement(upsert("3", "c"), 0))
                .hasMessage("HBase is down");
        assertThat(EVENTS)
                .as("no key deleted for rows not written (asked again until the backoff gave up)")
                .isNotEmpty()
                .allMatch("write failed [1, 2, 3]"::equals);
    }

    @Test
    void theLastChangeOfARowInABatchWinsAndDeletesAreWrittenD4() throws Exception {
        harness.processElement(upsert("1", "a"), 0);
        harness.processElement(upsert("1", "b"), 0);
        harness.processElement(DimWrite.delete(TRADEMARKS, "2"), 0);
        harness.processElement(DimWrite.delete(TRADEMARKS, "1"), 0);
        harness.setProcessingTime(1000);

        assertThat(EVENTS)
                .containsExactly(
                        "write [delete 2, delete 1]",
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
            if (batch.stream().anyMatch(w -> REFUSED_KEY.equals(w.key))) {
                EVENTS.add("write refused " + describe(batch));
                throw new SQLException(
                        "ERROR 206 (22003): The data exceeds the max capacity", "22003");
            }
            if (outagesLeft > 0) {
                outagesLeft--;
                EVENTS.add("write failed " + describe(batch));
                throw new SQLException("region server not answering", "08000");
            }
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
            if (redisDown) {
                EVENTS.add("invalidate refused");
                throw new DimCacheUnavailableException("Connection refused", null);
            }
            EVENTS.add("invalidate " + keys);
        }

        @Override
        public void close() {}
    }
}
