package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each key's first record of each day by event time, days in Asia/Shanghai (UTC+8), two minutes of allowed
 * lateness. Records are "user@instant" strings keyed by user.
 */
class FirstOfDayTest {
    private static final long LATENESS = Duration.ofMinutes(2).toMillis();

    private KeyedOneInputStreamOperatorTestHarness<String, String, String> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new FirstOfDay<String, String>(ZoneId.of("Asia/Shanghai"), LATENESS, Types.STRING),
                r -> r.substring(0, r.indexOf('@')), Types.STRING);
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

    private List<String> emitted() {
        return harness.extractOutputValues();
    }

    @Test
    void theEarliestRecordOfTheDayIsEmittedOnceTheWatermarkPassesItWithItsOwnTimestamp() throws Exception {
        record("u1", "2024-06-01T02:00:05Z");
        record("u1", "2024-06-01T02:00:01Z"); // earlier, arriving later (another partition)
        record("u2", "2024-06-01T02:00:03Z");
        assertThat(emitted()).as("nothing is sure before the watermark").isEmpty();

        watermark("2024-06-01T02:00:10Z");
        record("u1", "2024-06-01T02:00:20Z");
        watermark("2024-06-01T02:00:30Z");

        assertThat(emitted()).containsExactly("u1@2024-06-01T02:00:01Z", "u2@2024-06-01T02:00:03Z");
        assertThat(harness.getOutput().stream().filter(e -> e instanceof StreamRecord<?>)
                .map(r -> ((StreamRecord<?>) r).getTimestamp()).toList())
                .containsExactly(Instant.parse("2024-06-01T02:00:01Z").toEpochMilli(),
                        Instant.parse("2024-06-01T02:00:03Z").toEpochMilli());
    }

    @Test
    void aLateRecordOfAnEarlierDayIsThatDaysFirstAndDoesNotRewindTheLaterDayU1() throws Exception {
        record("m1", "2024-06-01T16:00:30Z"); // June 2nd in Shanghai
        watermark("2024-06-01T16:00:40Z");
        record("m1", "2024-06-01T15:59:00Z"); // June 1st, late but within the lateness: its day's first visit
        record("m1", "2024-06-01T16:00:50Z"); // June 2nd again: not a second first
        watermark("2024-06-01T16:01:00Z");

        assertThat(emitted()).containsExactly("m1@2024-06-01T16:00:30Z", "m1@2024-06-01T15:59:00Z");
    }

    @Test
    void aNewDayHasItsOwnFirstO1() throws Exception {
        record("u1", "2024-06-01T02:00:00Z");
        watermark("2024-06-01T03:00:00Z");
        record("u1", "2024-06-01T16:00:01Z"); // 00:00:01 on June 2nd in Shanghai
        record("u1", "2024-06-01T17:00:00Z");
        watermark("2024-06-01T18:00:00Z");
        record("u1", "2024-06-02T16:00:01Z"); // June 3rd: the reference's unchanged "last date" counted it again
        watermark("2024-06-02T17:00:00Z");

        assertThat(emitted()).containsExactly("u1@2024-06-01T02:00:00Z", "u1@2024-06-01T16:00:01Z",
                "u1@2024-06-02T16:00:01Z");
    }

    @Test
    void aRecordLaterThanItsDaysFirstIsNotAnotherFirst() throws Exception {
        record("u1", "2024-06-01T02:00:00Z");
        watermark("2024-06-01T02:00:00Z");
        record("u1", "2024-06-01T01:00:00Z"); // behind the watermark, its day already emitted
        watermark("2024-06-01T03:00:00Z");

        assertThat(emitted()).containsExactly("u1@2024-06-01T02:00:00Z");
    }

    @Test
    void stateAndTimersAreGoneOnceTheDayIsOverPlusTheLateness() throws Exception {
        record("u1", "2024-06-01T02:00:00Z"); // June 1st in Shanghai ends at 2024-06-01T16:00:00Z
        record("u2", "2024-06-01T02:00:00Z");
        assertThat(harness.numEventTimeTimers()).isEqualTo(2);
        watermark("2024-06-01T02:00:00Z");
        assertThat(harness.numEventTimeTimers()).as("the days' forget timers").isEqualTo(2);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2); // the emitted days

        watermark("2024-06-01T16:01:59Z");
        assertThat(harness.numKeyedStateEntries()).as("within the lateness").isEqualTo(2);
        watermark("2024-06-01T16:02:00Z");
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aLateFirstIsEmittedAtOnceNotAtAWatermarkThatMayNeverCome() throws Exception {
        watermark("2024-06-01T02:00:10Z");
        record("u1", "2024-06-01T02:00:05Z"); // behind the watermark, its day's first: the stream is quiet after it

        assertThat(emitted()).containsExactly("u1@2024-06-01T02:00:05Z");
        assertThat(harness.numEventTimeTimers()).as("only the day's forget timer").isEqualTo(1);
    }

    @Test
    void aRecordOfADayLongOverIsDropped() throws Exception {
        watermark("2024-06-02T00:00:00Z");
        record("u1", "2024-06-01T01:00:00Z"); // its day ended 8 hours before the watermark
        watermark("2024-06-02T01:00:00Z");

        assertThat(emitted()).isEmpty();
        assertThat(harness.numKeyedStateEntries()).isZero();
    }
}
