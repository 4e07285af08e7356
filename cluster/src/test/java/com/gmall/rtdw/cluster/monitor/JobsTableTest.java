package com.gmall.rtdw.cluster.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.runtime.DwsFreshness;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobsTableTest {
    private static final FlinkCluster LOCAL =
            new FlinkCluster("local:18081", URI.create("http://127.0.0.1:18081"));

    @Test
    void levelsFollowFlinksWebUi() {
        assertThat(JobsTable.level(0.05)).isEqualTo("ok (5%)");
        assertThat(JobsTable.level(0.3)).isEqualTo("low (30%)");
        assertThat(JobsTable.level(0.93)).isEqualTo("high (93%)");
        assertThat(JobsTable.level(Double.NaN)).isEqualTo("-");
    }

    @Test
    void oneLinePerJobWithItsWorstOperatorAndCheckpoint() {
        JobSnapshot job =
                new JobSnapshot(
                        LOCAL,
                        "abc",
                        "DwsTradeOrderWindow",
                        "RUNNING",
                        600,
                        0,
                        new JobSnapshot.Checkpoints(12, 2, 0, 1.25, 4096, 7.4, 10, Double.NaN),
                        List.of(
                                new OperatorSnapshot(
                                        "Source: kafka",
                                        Map.of(
                                                OperatorMetric.BACKPRESSURE,
                                                0.7,
                                                OperatorMetric.KAFKA_LAG,
                                                1200.0)),
                                new OperatorSnapshot(
                                        "Sink: clickhouse",
                                        Map.of(OperatorMetric.BACKPRESSURE, 0.0))));
        String table =
                JobsTable.render(
                        List.of(
                                new ClusterRead(
                                        LOCAL,
                                        List.of(job),
                                        List.of(new FailedJob(LOCAL, "def", "DimApp", 0)),
                                        null),
                                new ClusterRead(
                                        new FlinkCluster(
                                                "application_1_0002",
                                                URI.create("http://rm:8088/proxy/x/")),
                                        List.of(),
                                        List.of(),
                                        "connection refused")));

        assertThat(table)
                .contains("DwsTradeOrderWindow")
                .contains("RUNNING")
                .contains("high (70%)")
                .contains("7 s / 1.3 s (2 failed)")
                .contains("1200")
                .contains("application_1_0002 unreachable: connection refused")
                .containsPattern("DimApp +FAILED");
    }

    private static JobSnapshot running(String name) {
        return new JobSnapshot(
                LOCAL,
                name,
                name,
                "RUNNING",
                600,
                0,
                new JobSnapshot.Checkpoints(12, 2, 0, 1.25, 4096, 7.4, 10, Double.NaN),
                List.of());
    }

    @Test
    void aDwsJobShowsItsTablesFreshnessAndHowLongAgoItsNewestWindowEnded() {
        List<ClusterRead> reads =
                List.of(
                        new ClusterRead(
                                LOCAL,
                                List.of(running("DwsTradeOrderWindow"), running("BaseLogApp")),
                                List.of(),
                                null));
        TablesRead tables =
                TablesRead.read(
                        List.of(
                                new DwsFreshness.Table(
                                        "dws_trade_order_window", 1_900_000_010L, 3.25)));

        String table = JobsTable.render(reads, tables, 1_900_000_030_500L);
        assertThat(table)
                .contains("DWS FRESHNESS/WINDOW AGE")
                .containsPattern("DwsTradeOrderWindow .* 3\\.3 s / 20 s")
                .containsPattern("BaseLogApp .* -\\n");
        assertThat(JobsTable.render(reads, TablesRead.down("connection refused"), 0))
                .contains("clickhouse unreachable: connection refused");
    }
}
