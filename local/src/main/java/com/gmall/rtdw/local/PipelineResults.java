package com.gmall.rtdw.local;

import com.gmall.rtdw.runtime.DwsFreshness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline benchmark's results: a CSV line per rate and DWS table (freshness from each window's
 * end to its first row, {@link DwsFreshness}), a CSV line per rate and job of where the CPU went
 * ({@link CpuBreakdown}), and the chart ({@link PipelineChart}).
 */
final class PipelineResults {
    private final List<String> csv = new ArrayList<>();
    private final List<String> cpu =
            new ArrayList<>(List.of("rate,delivered_per_s,part,cpu_s,cpu_s_per_1000_events"));
    private final List<PipelineChart.Point> points = new ArrayList<>();

    PipelineResults() {
        csv.add(
                "rate,delivered_per_s,ods_lag_avg,ods_lag_growth_per_s,bounded,cpu_s_per_1000_events,"
                        + "table,windows,freshness_p50_s,freshness_p99_s");
    }

    void add(
            int rate,
            double delivered,
            long lagAverage,
            double lagGrowth,
            boolean bounded,
            double cpuPerThousand,
            Map<String, List<DwsFreshness.Table>> perTable) {
        List<Double> all = new ArrayList<>();
        double slowestTable = 0;
        for (Map.Entry<String, List<DwsFreshness.Table>> table : perTable.entrySet()) {
            List<Double> delays =
                    table.getValue().stream()
                            .map(DwsFreshness.Table::firstRowDelaySeconds)
                            .toList();
            all.addAll(delays);
            double p99 = percentile(delays, 99);
            slowestTable = Math.max(slowestTable, Double.isNaN(p99) ? 0 : p99);
            csv.add(
                    String.format(
                            Locale.ROOT,
                            "%d,%.0f,%d,%.1f,%s,%.3f,%s,%d,%.1f,%.1f",
                            rate,
                            delivered,
                            lagAverage,
                            lagGrowth,
                            bounded,
                            cpuPerThousand,
                            table.getKey(),
                            delays.size(),
                            percentile(delays, 50),
                            p99));
        }
        points.add(
                new PipelineChart.Point(
                        (int) Math.round(delivered),
                        lagGrowth,
                        percentile(all, 50),
                        percentile(all, 99),
                        slowestTable));
    }

    /** Where one rate's CPU went ({@link CpuBreakdown}): seconds per job and part. */
    void addCpu(int rate, double delivered, long events, Map<String, Double> cpuByPart) {
        cpuByPart.forEach(
                (part, seconds) ->
                        cpu.add(
                                String.format(
                                        Locale.ROOT,
                                        "%d,%.0f,\"%s\",%.2f,%.3f",
                                        rate,
                                        delivered,
                                        part,
                                        seconds,
                                        seconds / events * 1000)));
    }

    void write(Path csvFile, Path cpuFile, Path png) throws IOException {
        Files.write(csvFile, csv);
        Files.write(cpuFile, cpu);
        PipelineChart.write(points, png);
    }

    /** The nearest-rank percentile, NaN for no values. */
    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(
                Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
