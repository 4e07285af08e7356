package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.dws.TradeCartAddUuWindow;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.time.Time;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Window rows carry their window and a version that grows with every firing of the window (S4). */
class StampedWindowsTest {
    private static TradeCartAddUuWindow add() {
        TradeCartAddUuWindow row = new TradeCartAddUuWindow();
        row.cartAddUuCt = 1;
        return row;
    }

    @SuppressWarnings("unchecked")
    private static KeyedOneInputStreamOperatorTestHarness<
                    String, TradeCartAddUuWindow, TradeCartAddUuWindow>
            harness() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        SingleOutputStreamOperator<TradeCartAddUuWindow> windows =
                env.fromElements(add())
                        .keyBy(r -> "all")
                        .window(TumblingEventTimeWindows.of(Time.seconds(10)))
                        .allowedLateness(Time.seconds(60))
                        .reduce(
                                (a, b) -> {
                                    a.cartAddUuCt += b.cartAddUuCt;
                                    return a;
                                },
                                new StampedWindows.Keyed<TradeCartAddUuWindow, String>(
                                        (row, stt, edt, version) -> {
                                            row.stt = stt;
                                            row.edt = edt;
                                            row.ts = version;
                                        }));
        var operator =
                ((OneInputTransformation<TradeCartAddUuWindow, TradeCartAddUuWindow>)
                                windows.getTransformation())
                        .getOperator();
        var harness =
                new KeyedOneInputStreamOperatorTestHarness<
                        String, TradeCartAddUuWindow, TradeCartAddUuWindow>(
                        operator, r -> "all", Types.STRING);
        harness.open();
        return harness;
    }

    @Test
    void aWindowFiredAgainGetsAHigherVersionEvenInTheSameMillisecondS4() throws Exception {
        try (var harness = harness()) {
            harness.processElement(new StreamRecord<>(add(), 1_000));
            harness.processWatermark(new Watermark(9_999));
            harness.processElement(
                    new StreamRecord<>(add(), 2_000)); // late, within the allowed lateness
            harness.processElement(new StreamRecord<>(add(), 3_000));

            List<TradeCartAddUuWindow> rows = harness.extractOutputValues();
            assertThat(rows)
                    .extracting(r -> r.stt + ".." + r.edt + " " + r.cartAddUuCt)
                    .containsExactly("0..10000 1", "0..10000 2", "0..10000 3");
            assertThat(rows.get(1).ts).isGreaterThan(rows.get(0).ts);
            assertThat(rows.get(2).ts).isGreaterThan(rows.get(1).ts);
        }
    }

    @Test
    void theVersionStateGoesWithTheWindow() throws Exception {
        try (var harness = harness()) {
            harness.processElement(new StreamRecord<>(add(), 1_000));
            harness.processWatermark(new Watermark(9_999));
            assertThat(harness.numKeyedStateEntries()).isPositive();
            harness.processWatermark(
                    new Watermark(70_000)); // past the end plus the allowed lateness
            assertThat(harness.numKeyedStateEntries()).isZero();
            assertThat(harness.numEventTimeTimers()).isZero();
        }
    }
}
