package com.gmall.rtdw.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.runtime.DwsFreshness;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineResultsTest {
    @Test
    void nearestRankPercentiles() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0);
        assertThat(PipelineResults.percentile(values, 50)).isEqualTo(3.0);
        assertThat(PipelineResults.percentile(values, 99)).isEqualTo(5.0);
        assertThat(PipelineResults.percentile(List.of(), 50)).isNaN();
    }

    @Test
    void aCsvLinePerRateAndTableAndAChart(@TempDir Path dir) throws Exception {
        PipelineResults results = new PipelineResults();
        results.add(
                50,
                49.6,
                700,
                1.5,
                true,
                0.25,
                Map.of(
                        "dws_trade_order_window",
                        List.of(
                                new DwsFreshness.Table("dws_trade_order_window", 100, 12.0),
                                new DwsFreshness.Table("dws_trade_order_window", 110, 14.0))));
        results.add(800, 640, 9000, -3.0, true, 0.2, Map.of());
        results.addCpu(50, 49.6, 1500, Map.of("BaseLogApp", 3.0));
        results.write(dir.resolve("p.csv"), dir.resolve("cpu.csv"), dir.resolve("p.png"));

        assertThat(Files.readAllLines(dir.resolve("p.csv")))
                .containsExactly(
                        "rate,delivered_per_s,ods_lag_avg,ods_lag_growth_per_s,bounded,cpu_s_per_1000_events,"
                                + "table,windows,freshness_p50_s,freshness_p99_s",
                        "50,50,700,1.5,true,0.250,dws_trade_order_window,2,12.0,14.0");
        assertThat(Files.readAllLines(dir.resolve("cpu.csv")))
                .containsExactly(
                        "rate,delivered_per_s,part,cpu_s,cpu_s_per_1000_events",
                        "50,50,\"BaseLogApp\",3.00,2.000");
        BufferedImage chart = ImageIO.read(dir.resolve("p.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(900);
    }
}
