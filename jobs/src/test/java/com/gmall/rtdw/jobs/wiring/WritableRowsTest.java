package com.gmall.rtdw.jobs.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.dws.TradeProvinceOrderWindow;
import com.gmall.rtdw.registry.Tables;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * A row the table's writer cannot encode is a dead letter with the writer's reason; the others
 * pass.
 */
class WritableRowsTest {
    private static TradeProvinceOrderWindow row(String provinceId, String amount) {
        TradeProvinceOrderWindow row = new TradeProvinceOrderWindow();
        row.stt = 1_700_000_000_000L;
        row.edt = row.stt + 10_000;
        row.provinceId = provinceId;
        row.provinceName = "p" + provinceId;
        row.orderCount = 1;
        row.orderAmount = new BigDecimal(amount);
        row.ts = row.edt;
        return row;
    }

    @Test
    void aRowBeyondItsDecimalTypeIsADeadLetterNotALogLine() throws Exception {
        try (OneInputStreamOperatorTestHarness<TradeProvinceOrderWindow, TradeProvinceOrderWindow>
                harness =
                        ProcessFunctionTestHarnesses.forProcessFunction(
                                new WritableRows<>(
                                        "DwsTradeProvinceOrderWindow",
                                        Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW.writer()))) {
            harness.processElement(row("1", "12.50"), 1L);
            harness.processElement(
                    row("2", "123456789012345.00"), 2L); // Decimal(16,2) holds 14 integer digits
            harness.processElement(row("3", "1.005"), 3L); // never rounded

            assertThat(harness.extractOutputValues())
                    .extracting(r -> r.provinceId)
                    .containsExactly("1");
            assertThat(harness.getSideOutput(WritableRows.REFUSED))
                    .extracting(StreamRecord::getValue)
                    .map(r -> new String(r.value, StandardCharsets.UTF_8))
                    .satisfiesExactly(
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "row refused by the writer of dws_trade_province_order_window")
                                            .contains("does not fit Decimal(16, 2)")
                                            .contains("123456789012345.00"),
                            d -> assertThat(d).contains("has more than 2 decimals"));
        }
    }
}
