package com.gmall.rtdw.bench;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.LocalCommands;
import com.gmall.rtdw.cli.UsageException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints each generated path's speed as a ratio of its baseline, measured
 * in the same run on the same machine. {@code --quick} shortens warm-up and measurement (for a
 * smoke run, not for figures).
 */
public final class BenchMain {
    private static final Map<String, String[]> PAIRS = new LinkedHashMap<>();

    static {
        PAIRS.put(
                "DWD hop: generated Avro serde vs JSON tree (goal >= 3x)",
                new String[] {"dwdHopGeneratedAvro", "dwdHopJsonTreeBaseline"});
        PAIRS.put(
                "ODS decode: generated JSON decoder vs JSON tree",
                new String[] {"odsDecodeGenerated", "odsDecodeJsonTreeBaseline"});
        PAIRS.put(
                "ClickHouse rows, client side: generated writer vs reflection JDBC binder (goal >= 5x)",
                new String[] {"encodeGeneratedRowBinary", "bindReflectionJdbcBaseline"});
        PAIRS.put(
                "ClickHouse rows, end to end incl. server insert: RowBinary/HTTP vs JDBC batch",
                new String[] {"generatedRowBinaryOverHttp", "reflectionJdbcBatchBaseline"});
        PAIRS.put(
                "DIM sink rows into Phoenix: batched commit vs one commit per row (goal >= 10x)",
                new String[] {"batchedCommit", "commitPerRowBaseline"});
        PAIRS.put(
                "Dim lookups: Redis-cached lookup client vs synchronous Phoenix query (goal >= 10x)",
                new String[] {"cachedLookup", "phoenixLookupBaseline"});
    }

    private BenchMain() {}

    /** {@code args}: {@code bench} and its options, as given to bin/gmall. */
    public static void main(String[] args) {
        new Cli()
                .on(
                        LocalCommands.Bench.class,
                        options -> {
                            if (options.pipeline) {
                                throw new UsageException(
                                        "--pipeline runs in the local module (bin/gmall bench --pipeline)");
                            }
                            run(options.quick, options.only());
                            return 0;
                        })
                .main(args);
    }

    private static void run(boolean quick, Optional<String> only) throws RunnerException {
        String root = System.getProperty("gmall.root", ".");
        ChainedOptionsBuilder options =
                new OptionsBuilder()
                        .forks(1)
                        .jvmArgsAppend("-Dgmall.root=" + root)
                        // the forks need the Java 17 flags bin/gmall gave this JVM (defined there,
                        // once)
                        .jvmArgsAppend(
                                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                                        .filter(flag -> flag.startsWith("--add-"))
                                        .toArray(String[]::new))
                        .warmupIterations(quick ? 1 : 3)
                        .warmupTime(TimeValue.seconds(quick ? 1 : 3))
                        .measurementIterations(quick ? 2 : 5)
                        .measurementTime(TimeValue.seconds(quick ? 1 : 3));
        List<String> benchmarks =
                new ArrayList<>(
                        List.of(
                                SerdeBenchmark.class.getSimpleName(),
                                ClickHouseInsertBenchmark.class.getSimpleName()));
        if (LocalStackDims.running(LocalStackDims.config())) {
            benchmarks.addAll(
                    List.of(
                            DimUpsertBenchmark.class.getSimpleName(),
                            DimLookupBenchmark.class.getSimpleName()));
        } else {
            System.out.println(
                    "gmall bench: the local stack is not running: DIM benchmarks skipped (run bin/gmall up"
                            + " first to include them)");
        }
        for (String benchmark : benchmarks) {
            if (only.isEmpty()
                    || benchmark
                            .toLowerCase(Locale.ROOT)
                            .contains(only.get().toLowerCase(Locale.ROOT))) {
                options.include(BenchMain.class.getPackageName() + "." + benchmark + ".*");
            }
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            scores.put(
                    label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("gmall-rtdw benchmark ratios (same run, same machine):");
        PAIRS.forEach(
                (title, pair) -> {
                    Double generated = scores.get(pair[0]);
                    Double baseline = scores.get(pair[1]);
                    if (generated != null && baseline != null) {
                        System.out.printf(
                                Locale.ROOT,
                                "  %-88s %,12.0f vs %,10.0f /s = %.1fx%n",
                                title,
                                generated,
                                baseline,
                                generated / baseline);
                    }
                });
    }
}
