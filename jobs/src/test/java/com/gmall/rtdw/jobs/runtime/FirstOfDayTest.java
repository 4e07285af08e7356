package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each key's first record of each day by event time, as signed contributions: days in Asia/Shanghai
 * (UTC+8), 10-second windows, two minutes of allowed lateness. Records are "user@instant" strings
 * keyed by user; the output is shown as "+record@timestamp" (added) or "-record@timestamp" (taken
 * back).
 */
class FirstOfDayTest {
    private static final long WINDOW = 10_000;
    private static final long LATENESS = Duration.ofMinutes(2).toMillis();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private FirstOfDay<String, String> operator;
    private KeyedOneInputStreamOperatorTestHarness<String, String, Signed<String>> harness;

    private void open(FirstOfDay<String, String> firstOfDay, OperatorSubtaskState restored)
            throws Exception {
        operator = firstOfDay;
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        operator, r -> r.substring(0, r.indexOf('@')), Types.STRING);
        if (restored != null) {
            harness.initializeState(restored);
        }
        harness.open();
    }

    private void open(FirstOfDay<String, String> firstOfDay) throws Exception {
        open(firstOfDay, null);
    }

    private void open() throws Exception {
        open(new FirstOfDay<>(ZoneId.of("Asia/Shanghai"), WINDOW, LATENESS, Types.STRING));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void record(String user, String at) throws Exception {
        harness.processElement(user + "@" + at, Instant.parse(at).toEpochMilli());
    }

    private void watermark(String at) throws Exception {
        harness.processWatermark(new Watermark(Instant.parse(at).toEpochMilli()));
    }

    /** The contributions with their stream timestamps (the window each goes to). */
    @SuppressWarnings("unchecked")
    private List<String> contributions() {
        return harness.getOutput().stream()
                .filter(e -> e instanceof StreamRecord<?>)
                .map(e -> (StreamRecord<Signed<String>>) e)
                .map(r -> r.getValue() + " at " + Instant.ofEpochMilli(r.getTimestamp()))
                .toList();
    }

    private List<String> late() {
        return harness.getSideOutput(operator.lateRecords()) == null
                ? List.of()
                : harness.getSideOutput(operator.lateRecords()).stream()
                        .map(StreamRecord::getValue)
                        .toList();
    }

    @Test
    void theEarliestRecordOfTheDayIsAddedOnceTheWatermarkPassesItWithItsOwnTimestamp()
            throws Exception {
        open();
        record("u1", "2024-06-01T02:00:05Z");
        record(
                "u1",
                "2024-06-01T02:00:01Z"); // earlier, arriving later (another partition), before the
        // watermark
        record("u2", "2024-06-01T02:00:03Z");
        assertThat(contributions()).as("nothing is sure before the watermark").isEmpty();

        watermark("2024-06-01T02:00:10Z");
        record("u1", "2024-06-01T02:00:20Z");
        watermark("2024-06-01T02:00:30Z");

        assertThat(contributions())
                .containsExactly(
                        "+u1@2024-06-01T02:00:01Z at 2024-06-01T02:00:01Z",
                        "+u2@2024-06-01T02:00:03Z at 2024-06-01T02:00:03Z");
    }

    @Test
    void anEarlierRecordArrivingAfterTheFirstWasCountedTakesItBackAndIsAddedInstead()
            throws Exception {
        open();
        record("u1", "2024-06-01T02:00:25Z");
        watermark(
                "2024-06-01T02:00:30Z"); // the first is counted in the window [02:00:20, 02:00:30)
        record("u1", "2024-06-01T02:00:05Z"); // beyond the out-of-orderness, within the lateness
        record("u1", "2024-06-01T02:00:07Z"); // after the new first: nothing
        watermark("2024-06-01T02:01:00Z");

        assertThat(contributions())
                .containsExactly(
                        "+u1@2024-06-01T02:00:25Z at 2024-06-01T02:00:25Z",
                        "-u1@2024-06-01T02:00:25Z at 2024-06-01T02:00:25Z",
                        "+u1@2024-06-01T02:00:05Z at 2024-06-01T02:00:05Z");
        assertThat(late()).isEmpty();
    }

    @Test
    void anEarlierRecordWhoseWindowClosedForGoodIsLateAndTheCountStays() throws Exception {
        open();
        record("u1", "2024-06-01T02:00:25Z");
        watermark(
                "2024-06-01T02:02:09.999Z"); // [02:00:00, 02:00:10) closes for good now: its end +
        // 2 min
        record("u1", "2024-06-01T02:00:05Z");

        assertThat(contributions())
                .containsExactly("+u1@2024-06-01T02:00:25Z at 2024-06-01T02:00:25Z");
        assertThat(late()).containsExactly("u1@2024-06-01T02:00:05Z");
    }

    @Test
    void justWithinTheLatenessTheCountStillMoves() throws Exception {
        open();
        record("u1", "2024-06-01T02:00:25Z");
        watermark(
                "2024-06-01T02:02:09.998Z"); // [02:00:00, 02:00:10) is still open, by a millisecond
        record("u1", "2024-06-01T02:00:05Z");

        assertThat(contributions())
                .hasSize(3)
                .endsWith("+u1@2024-06-01T02:00:05Z at 2024-06-01T02:00:05Z");
        assertThat(late()).isEmpty();
    }

    @Test
    void aTooLateRecordIsLeftOutAsIfItHadNeverComeAndTheNextRecordIsTheFirst() throws Exception {
        open();
        watermark("2024-06-01T02:05:00Z");
        record("u1", "2024-06-01T02:00:05Z"); // too late, and no first counted yet
        record("u1", "2024-06-01T02:04:00Z"); // late, within the lateness: the day's first
        record("u1", "2024-06-01T02:00:06Z"); // too late and earlier than the first: left out too

        assertThat(contributions())
                .containsExactly("+u1@2024-06-01T02:04:00Z at 2024-06-01T02:04:00Z");
        assertThat(late()).containsExactly("u1@2024-06-01T02:00:05Z", "u1@2024-06-01T02:00:06Z");
    }

    @Test
    void aLateRecordLaterThanTheFirstChangesNothingAndIsNotADeadLetter() throws Exception {
        open();
        record("u1", "2024-06-01T02:00:05Z");
        watermark("2024-06-01T02:05:00Z");
        record("u1", "2024-06-01T02:00:06Z");

        assertThat(contributions())
                .containsExactly("+u1@2024-06-01T02:00:05Z at 2024-06-01T02:00:05Z");
        assertThat(late()).isEmpty();
    }

    @Test
    void aLateRecordOfAnEarlierDayIsThatDaysFirstAndDoesNotRewindTheLaterDayU1() throws Exception {
        open();
        record("m1", "2024-06-01T16:00:30Z"); // June 2nd in Shanghai
        watermark("2024-06-01T16:00:40Z");
        record(
                "m1",
                "2024-06-01T15:59:00Z"); // June 1st, late but within the lateness: its day's first
        // visit
        record("m1", "2024-06-01T16:00:50Z"); // June 2nd again: not a second first
        watermark("2024-06-01T16:01:00Z");

        assertThat(contributions())
                .containsExactly(
                        "+m1@2024-06-01T16:00:30Z at 2024-06-01T16:00:30Z",
                        "+m1@2024-06-01T15:59:00Z at 2024-06-01T15:59:00Z");
    }

    @Test
    void aNewDayHasItsOwnFirstO1() throws Exception {
        open();
        record("u1", "2024-06-01T02:00:00Z");
        watermark("2024-06-01T03:00:00Z");
        record("u1", "2024-06-01T16:00:01Z"); // 00:00:01 on June 2nd in Shanghai
        record("u1", "2024-06-01T17:00:00Z");
        watermark("2024-06-01T18:00:00Z");
        record(
                "u1",
                "2024-06-02T16:00:01Z"); // June 3rd: the reference's unchanged "last date" counted
        // it again
        watermark("2024-06-02T17:00:00Z");

        assertThat(contributions())
                .extracting(c -> c.substring(0, c.indexOf(" at")))
                .containsExactly(
                        "+u1@2024-06-01T02:00:00Z",
                        "+u1@2024-06-01T16:00:01Z",
                        "+u1@2024-06-02T16:00:01Z");
    }

    @Test
    void aLateFirstIsAddedAtOnceNotAtAWatermarkThatMayNeverCome() throws Exception {
        open();
        watermark("2024-06-01T02:00:10Z");
        record(
                "u1",
                "2024-06-01T02:00:05Z"); // behind the watermark, its day's first: the stream is
        // quiet after it

        assertThat(contributions())
                .containsExactly("+u1@2024-06-01T02:00:05Z at 2024-06-01T02:00:05Z");
        assertThat(harness.numEventTimeTimers()).as("only the day's forget timer").isEqualTo(1);
    }

    @Test
    void stateAndTimersAreGoneOnceNoRecordOfTheDayCanBeCountedAnyMore() throws Exception {
        open();
        record("u1", "2024-06-01T02:00:20Z"); // June 1st in Shanghai ends at 2024-06-01T16:00:00Z
        record("u2", "2024-06-01T02:00:00Z");
        assertThat(harness.numEventTimeTimers()).isEqualTo(2);
        watermark("2024-06-01T02:00:30Z");
        record("u1", "2024-06-01T02:00:10Z"); // a correction: the first moves
        assertThat(harness.numEventTimeTimers()).as("the days' forget timers").isEqualTo(2);
        assertThat(harness.numKeyedStateEntries())
                .as("two counted firsts and their times")
                .isEqualTo(4);

        watermark("2024-06-01T16:01:59.999Z"); // the last window of the day closes for good
        assertThat(harness.numKeyedStateEntries()).isEqualTo(4);
        watermark("2024-06-01T16:02:00Z");
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();

        record("u1", "2024-06-01T15:59:59Z"); // of the day over: a dead letter, no new state
        assertThat(late()).containsExactly("u1@2024-06-01T15:59:59Z");
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    @Test
    void withoutCorrectionsAnEarlierRecordAfterTheFirstWasSentIsLate() throws Exception {
        open(
                new FirstOfDay<String, String>(
                                ZoneId.of("Asia/Shanghai"), 1, LATENESS, Types.STRING)
                        .withoutCorrections());
        record("u1", "2024-06-01T02:00:25Z");
        watermark("2024-06-01T02:00:30Z");
        record("u1", "2024-06-01T02:00:05Z");

        assertThat(contributions())
                .containsExactly("+u1@2024-06-01T02:00:25Z at 2024-06-01T02:00:25Z");
        assertThat(late()).containsExactly("u1@2024-06-01T02:00:05Z");
    }

    /**
     * What the version before corrections (a {@code KeyedProcessFunction}) kept, under the same
     * names: a day emitted (a boolean, no record) with its forget timer at the day's end plus the
     * lateness, and a pending first with its timer.
     */
    static final class StateBeforeCorrections extends KeyedProcessFunction<String, String, String> {
        @Override
        public void processElement(String value, Context ctx, Collector<String> out)
                throws Exception {
            long day =
                    LocalDate.ofInstant(Instant.ofEpochMilli(ctx.timestamp()), SHANGHAI)
                            .toEpochDay();
            if (value.startsWith("emitted")) {
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("days-emitted", Types.LONG, Types.BOOLEAN))
                        .put(day, true);
                ctx.timerService()
                        .registerEventTimeTimer(
                                LocalDate.ofEpochDay(day + 1)
                                                .atStartOfDay(SHANGHAI)
                                                .toInstant()
                                                .toEpochMilli()
                                        + LATENESS);
            } else {
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>("pending-first", Types.LONG, Types.STRING))
                        .put(day, value);
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "pending-first-at", Types.LONG, Types.LONG))
                        .put(day, ctx.timestamp());
                ctx.timerService().registerEventTimeTimer(ctx.timestamp());
            }
        }
    }

    @Test
    void aSavepointOfTheVersionBeforeCorrectionsRestoresItsDaysAndTimers() throws Exception {
        OperatorSubtaskState before;
        try (KeyedOneInputStreamOperatorTestHarness<String, String, String> earlier =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new StateBeforeCorrections(),
                        r -> r.substring(0, r.indexOf('@')),
                        Types.STRING)) {
            earlier.processElement(
                    "emitted@2024-06-01T02:00:25Z",
                    Instant.parse("2024-06-01T02:00:25Z").toEpochMilli());
            earlier.processElement(
                    "pending@2024-06-01T02:00:40Z",
                    Instant.parse("2024-06-01T02:00:40Z").toEpochMilli());
            before = earlier.snapshot(1, 1);
        }

        open(new FirstOfDay<>(SHANGHAI, WINDOW, LATENESS, Types.STRING), before);
        record(
                "emitted",
                "2024-06-01T02:00:05Z"); // earlier than a first the old version kept no record of
        watermark("2024-06-01T02:01:00Z");
        assertThat(contributions())
                .as("the pending first comes out; the emitted day is left as it was")
                .containsExactly("+pending@2024-06-01T02:00:40Z at 2024-06-01T02:00:40Z");
        assertThat(late()).isEmpty();

        watermark("2024-06-01T16:02:10Z");
        assertThat(harness.numKeyedStateEntries())
                .as("the old forget timer still clears its day")
                .isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aCheckpointKeepsTheCountedFirstSoThatARestoredJobCanStillCorrectIt() throws Exception {
        open();
        record("u1", "2024-06-01T02:00:25Z");
        watermark("2024-06-01T02:00:30Z");
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);
        harness.close();

        open(
                new FirstOfDay<>(ZoneId.of("Asia/Shanghai"), WINDOW, LATENESS, Types.STRING),
                snapshot);
        record("u1", "2024-06-01T02:00:05Z");

        assertThat(contributions())
                .containsExactly(
                        "-u1@2024-06-01T02:00:25Z at 2024-06-01T02:00:25Z",
                        "+u1@2024-06-01T02:00:05Z at 2024-06-01T02:00:05Z");
    }
}
