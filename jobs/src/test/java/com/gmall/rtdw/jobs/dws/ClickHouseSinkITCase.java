package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.model.dws.TradeProvinceOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.DwsDdl;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.flink.streaming.api.operators.StreamSink;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ClickHouse sink on the test stack's server: batches by size, interval and checkpoint, and a window written
 * twice shows once (S4). Windows of its own (year 2031), province ids of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClickHouseSinkITCase {
    private static final long STT = Instant.parse("2031-03-01T02:00:00Z").toEpochMilli();

    private GmallConfig config;
    private ClickHouseHttp http;

    @BeforeAll
    void tables() throws Exception {
        config = TestStack.get().settings().config();
        DwsDdl.apply(config.clickHouse());
        http = new ClickHouseHttp(config.clickHouse());
    }

    private OneInputStreamOperatorTestHarness<TradeProvinceOrderWindow, Object> sink(int batchSize, long intervalMs)
            throws Exception {
        OneInputStreamOperatorTestHarness<TradeProvinceOrderWindow, Object> harness =
                new OneInputStreamOperatorTestHarness<>(new StreamSink<>(new ClickHouseSink<>(config.clickHouse(),
                        Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW, batchSize, intervalMs)));
        harness.setProcessingTime(0);
        harness.open();
        return harness;
    }

    private static TradeProvinceOrderWindow row(String province, long orders, String amount, long version) {
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
        return http.execute("SELECT order_count, order_amount FROM dws_trade_province_order_window FINAL "
                + "WHERE province_id = '" + province + "' FORMAT TSV").trim();
    }

    @Test
    void aWindowWrittenAgainAfterARestartShowsOnceWithTheNewerRowS4() throws Exception {
        try (var harness = sink(100, 60_000)) {
            harness.processElement(row("s4-a", 2, "10.50", 1000), 0);
            harness.snapshot(1, 1); // the checkpoint writes the batch
        }
        // the job restarts from an earlier checkpoint and fires the window again, later and complete
        try (var harness = sink(100, 60_000)) {
            harness.processElement(row("s4-a", 3, "12.25", 2000), 0);
            harness.snapshot(2, 2);
        }
        assertThat(rows("s4-a").split("\n")).hasSize(1);
        assertThat(rows("s4-a")).matches("3\t12\\.25?0?");
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
}
