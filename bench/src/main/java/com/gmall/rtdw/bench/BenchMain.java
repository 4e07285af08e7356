package com.gmall.rtdw.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints each generated path's speed as a ratio of its baseline, measured in the same run
 * on the same machine. {@code --quick} shortens warm-up and measurement (for a smoke run, not for figures).
 */
public final class BenchMain {
    private static final Map<String, String[]> PAIRS = new LinkedHashMap<>();

    static {
        PAIRS.put("DWD hop: generated Avro serde vs JSON tree (goal >= 3x)",
                new String[] {"dwdHopGeneratedAvro", "dwdHopJsonTreeBaseline"});
        PAIRS.put("ODS decode: generated JSON decoder vs JSON tree",
                new String[] {"odsDecodeGenerated", "odsDecodeJsonTreeBaseline"});
        PAIRS.put("ClickHouse rows, client side: generated writer vs reflection JDBC binder (goal >= 5x)",
                new String[] {"encodeGeneratedRowBinary", "bindReflectionJdbcBaseline"});
        PAIRS.put("ClickHouse rows, end to end incl. server insert: RowBinary/HTTP vs JDBC batch",
                new String[] {"generatedRowBinaryOverHttp", "reflectionJdbcBatchBaseline"});
    }

    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        boolean quick = java.util.Arrays.asList(args).contains("--quick");
        String root = System.getProperty("gmall.root", ".");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(SerdeBenchmark.class.getName())
                .include(ClickHouseInsertBenchmark.class.getName())
                .forks(1)
                .jvmArgsAppend("-Dgmall.root=" + root)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(quick ? 1 : 3))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 3));
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            scores.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("gmall-rtdw benchmark ratios (same run, same machine):");
        PAIRS.forEach((title, pair) -> {
            Double generated = scores.get(pair[0]);
            Double baseline = scores.get(pair[1]);
            if (generated != null && baseline != null) {
                System.out.printf(Locale.ROOT, "  %-88s %,12.0f vs %,10.0f /s = %.1fx%n", title, generated, baseline,
                        generated / baseline);
            }
        });
    }
}
