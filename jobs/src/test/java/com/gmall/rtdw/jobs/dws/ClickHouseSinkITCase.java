package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.jobs.runtime.WatermarkFlushingSink;
import com.gmall.rtdw.jobs.testing.LateListener;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.model.dws.TradeProvinceOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.Backoff;
import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.DwsDdl;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ClickHouse sink on the test stack's server: batches by size, interval and checkpoint, and a
 * window written twice shows once (S4), a server that does not answer is waited for. Windows of its
 * own (year 2031), province ids of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClickHouseSinkITCase {
    private static final long STT = Instant.parse("2031-03-01T02:00:00Z").toEpochMilli();

    private GmallConfig config;
    private ClickHouseHttp http;

    @BeforeAll
    void tables() throws Exception {
        config = TestStack.get().settings().config();
        DwsDdl.apply(config.clickHouse(), Tables.all(), config.timeZone());
        http = new ClickHouseHttp(config.clickHouse());
    }

    private OneInputStreamOperatorTestHarness<TradeProvinceOrderWindow, Object> sink(
            int batchSize, long intervalMs) throws Exception {
        return sink(config.clickHouse(), batchSize, intervalMs, Backoff.giveUpAfter(Duration.ZERO));
    }

    private static OneInputStreamOperatorTestHarness<TradeProvinceOrderWindow, Object> sink(
            ClickHouseEndpoint endpoint, int batchSize, long intervalMs, Backoff backoff)
            throws Exception {
        OneInputStreamOperatorTestHarness<TradeProvinceOrderWindow, Object> harness =
                new OneInputStreamOperatorTestHarness<>(
                        new WatermarkFlushingSink<>(
                                new ClickHouseSink<>(
                                        endpoint,
                                        Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW,
                                        batchSize,
                                        intervalMs,
                                        backoff)));
        harness.setProcessingTime(0);
        harness.open();
        return harness;
    }

    private static TradeProvinceOrderWindow row(
            String province, long orders, String amount, long version) {
        TradeProvinceOrderWindow row = new TradeProvinceOrderWindow();
        row.stt = STT;
        row.edt = STT + 10_000;
        row.provinceId = province;
        row.provinceName = "name of " + province;
        row.orderCount = orders;
        row.orderAmount = new BigDecimal(amount);
        row.ts = version;
        return row;
    }

    private String rows(String province) throws Exception {
        return http.execute(
                        "SELECT order_count, order_amount FROM dws_trade_province_order_window FINAL "
                                + "WHERE province_id = '"
                                + province
                                + "' FORMAT TSV")
                .trim();
    }

    @Test
    void aWindowWrittenAgainAfterARestartShowsOnceWithTheNewerRowS4() throws Exception {
        try (var harness = sink(100, 60_000)) {
            harness.processElement(row("s4-a", 2, "10.50", 1000), 0);
            harness.snapshot(1, 1); // the checkpoint writes the batch
        }
        // the job restarts from an earlier checkpoint and fires the window again, later and
        // complete
        try (var harness = sink(100, 60_000)) {
            harness.processElement(row("s4-a", 3, "12.25", 2000), 0);
            harness.snapshot(2, 2);
        }
        assertThat(rows("s4-a").split("\n")).hasSize(1);
        assertThat(rows("s4-a")).matches("3\t12\\.25?0?");
    }

    @Test
    void aCheckpointWaitsForAServerThatDoesNotAnswerAndWritesItsBatchOnceItDoes() throws Exception {
        int clickHousePort = URI.create(config.clickHouse().httpUrl()).getPort();
        try (LateListener late = LateListener.forward(clickHousePort, Duration.ofSeconds(3))) {
            ClickHouseEndpoint down =
                    new ClickHouseEndpoint(
                            "http://127.0.0.1:" + late.port(),
                            config.clickHouse().database(),
                            config.clickHouse().user(),
                            config.clickHouse().password());
            try (var harness =
                    sink(down, 100, 60_000, Backoff.giveUpAfter(Duration.ofSeconds(30)))) {
                harness.processElement(row("outage", 4, "8.00", 1), 0);
                harness.snapshot(1, 1); // refused connections for 3 s, then the batch goes through
            }
        }
        assertThat(rows("outage")).matches("4\t8(\\.00?)?");
    }

    @Test
    void withoutRetriesAServerThatDoesNotAnswerFailsTheCheckpoint() throws Exception {
        try (LateListener late = LateListener.forward(1, Duration.ofHours(1))) {
            ClickHouseEndpoint down =
                    new ClickHouseEndpoint(
                            "http://127.0.0.1:" + late.port(),
                            config.clickHouse().database(),
                            config.clickHouse().user(),
                            config.clickHouse().password());
            try (var harness = sink(down, 100, 60_000, Backoff.giveUpAfter(Duration.ZERO))) {
                harness.processElement(row("no-retry", 1, "1.00", 1), 0);
                assertThatThrownBy(() -> harness.snapshot(1, 1))
                        .hasStackTraceContaining("ConnectException");
            }
        }
    }

    @Test
    void rowsAreWrittenAtTheBatchSizeTheIntervalAndTheCheckpointNotBefore() throws Exception {
        try (var harness = sink(2, 5_000)) {
            harness.processElement(row("batch-1", 1, "1.00", 1), 0);
            assertThat(rows("batch-1")).as("pending").isEmpty();
            harness.processElement(row("batch-2", 1, "1.00", 1), 0);
            assertThat(rows("batch-1")).as("the batch was full").isNotEmpty();

            harness.processElement(row("interval", 1, "1.00", 1), 0);
            harness.setProcessingTime(4_999);
            assertThat(rows("interval")).isEmpty();
            harness.setProcessingTime(5_000);
            assertThat(rows("interval")).isNotEmpty();

            harness.processElement(row("checkpoint", 1, "1.00", 1), 0);
            assertThat(rows("checkpoint")).isEmpty();
            harness.snapshot(1, 6_000);
            assertThat(rows("checkpoint")).isNotEmpty();
        }
    }

    @Test
    void aFiredWindowsRowsAreWrittenWhenTheWatermarkThatFiredThemPasses() throws Exception {
        try (var harness = sink(100, 60_000)) {
            harness.processWatermark(new Watermark(STT - 1)); // nothing pending: nothing written
            harness.processElement(row("fired-a", 1, "1.00", 1), 0);
            harness.processElement(row("fired-b", 2, "2.00", 1), 0);
            assertThat(rows("fired-a")).as("the window is still giving its rows").isEmpty();
            harness.processWatermark(new Watermark(STT + 9_999));
            assertThat(rows("fired-a")).isNotEmpty();
            assertThat(rows("fired-b")).isNotEmpty();
        }
    }
}
