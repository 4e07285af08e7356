package com.gmall.rtdw.cluster.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.runtime.DwsFreshness;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTextTest {
    @Test
    void everyTableWithRowsHasItsFreshnessAndNewestWindowEnd() {
        String page =
                MetricsText.render(
                        List.of(),
                        TablesRead.read(
                                List.of(
                                        new DwsFreshness.Table(
                                                "dws_trade_order_window", 1_900_000_010L, 3.25))));
        assertThat(page)
                .contains("gmall_monitor_clickhouse_up 1\n")
                .contains("gmall_dws_freshness_seconds{table=\"dws_trade_order_window\"} 3.25\n")
                .contains(
                        "gmall_dws_newest_window_end_timestamp_seconds{table=\"dws_trade_order_window\"} 1900000010\n");
    }

    @Test
    void clickHouseDownIsAGaugeAndAReasonNotMissingSeries() {
        String page = MetricsText.render(List.of(), TablesRead.down("connection\nrefused"));
        assertThat(page)
                .contains("gmall_monitor_clickhouse_up 0\n")
                .contains("# clickhouse unreachable: connection refused\n")
                .doesNotContain("gmall_dws_freshness_seconds{");
    }

    @Test
    void withoutClickHouseNothingAboutTables() {
        assertThat(MetricsText.render(List.of(), TablesRead.notConfigured()))
                .doesNotContain("clickhouse")
                .doesNotContain("gmall_dws_");
    }
}
