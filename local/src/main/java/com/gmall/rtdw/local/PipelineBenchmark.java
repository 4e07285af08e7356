package com.gmall.rtdw.local;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.LocalCommands;
import com.gmall.rtdw.cli.UsageException;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.DwsFreshness;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import com.gmall.rtdw.sim.GenCommand;
import com.gmall.rtdw.stack.StackSettings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * {@code bin/gmall bench --pipeline}: every job running on the local stack, the simulator pushing
 * at increasing rates (events per second of real time, the simulated clock on the wall clock), each
 * for a fixed time. For each rate it prints the lag of the ODS readers (messages of {@code
 * topic_log} and {@code topic_db} not yet committed by {@code BaseLogApp} and {@code
 * DwdTradeOrderDetail}) sampled every second of the step's second half, and the freshness of the
 * DWS tables: for every window that ended during the step, how long after its end (event time,
 * which is wall time here) its first row was written ({@link DwsFreshness#windows}). The rate is
 * what the simulator delivered (events over the wall time it took), which on a busy machine can be
 * less than what it was asked. The highest delivered rate whose lag stayed bounded (growing by less
 * than a tenth of the rate per second) is the sustained rate.
 */
public final class PipelineBenchmark {
    /**
     * A step whose simulator delivered less than this share of the rate asked says so: the
     * simulator shares the machine's cores with the pipeline, and the rate it kept is the step's.
     */
    static final double SIMULATOR_KEPT_PACE = 0.95;

    private final StackSettings settings;
    private final long stepSeconds;
    private final List<Integer> rates;

    /** One thread for the simulator, kept for all steps: a thread that ended has no CPU time. */
    private final ExecutorService simulator =
            Executors.newSingleThreadExecutor(
                    task -> {
                        Thread thread = new Thread(task, CpuBreakdown.SIMULATOR_THREAD);
                        thread.setDaemon(true);
                        return thread;
                    });

    PipelineBenchmark(StackSettings settings, long stepSeconds, List<Integer> rates) {
        this.settings = settings;
        this.stepSeconds = stepSeconds;
        this.rates = rates;
    }

    /** {@code args}: {@code bench --pipeline} and its options, as given to bin/gmall. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath().normalize();
        new Cli()
                .on(
                        LocalCommands.Bench.class,
                        options -> {
                            if (!options.pipeline || options.only().isPresent()) {
                                throw new UsageException(
                                        "the pipeline benchmark takes --pipeline, --rates and --quick only");
                            }
                            if (options.rates.isEmpty()
                                    || options.rates.stream().anyMatch(r -> r < 1)) {
                                throw new UsageException(
                                        "--rates takes positive events/s, e.g. 50,200,1000");
                            }
                            new PipelineBenchmark(
                                            StackSettings.load(root, System.getenv()),
                                            options.quick ? 30 : 90,
                                            options.rates)
                                    .run();
                            return 0;
                        })
                .main(args);
    }

    void run() throws Exception {
        List<String> lines = new ArrayList<>();
        PipelineResults results = new PipelineResults();
        try (LocalWarehouse warehouse =
                LocalWarehouse.start(settings, 0, line -> System.out.println("bench: " + line))) {
            int sustained = 0;
            for (int rate : rates) {
                Step step = step(rate, warehouse.taskOwners());
                results.add(
                        rate,
                        step.delivered,
                        step.averageLag(),
                        step.lagSlope(),
                        step.bounded(),
                        step.cpuPerThousand(),
                        step.perTable);
                String line =
                        String.format(
                                Locale.ROOT,
                                "rate %4d events/s offered, %4.0f delivered: ODS lag %,6d messages on average, growing "
                                        + "%,5.0f/s (%s); DWS freshness p50 %5.1f s, p99 %5.1f s over %d windows; "
                                        + "%.2f CPU-s per 1,000 events",
                                rate,
                                step.delivered,
                                step.averageLag(),
                                step.lagSlope(),
                                step.bounded() ? "bounded" : "GROWING",
                                PipelineResults.percentile(step.freshness(), 50),
                                PipelineResults.percentile(step.freshness(), 99),
                                step.freshness().size(),
                                step.cpuPerThousand());
                System.out.println("bench: " + line);
                lines.add(line);
                results.addCpu(rate, step.delivered, step.events, step.cpuByPart);
                step.cpuByPart.entrySet().stream()
                        .limit(8)
                        .forEach(
                                part ->
                                        System.out.printf(
                                                Locale.ROOT,
                                                "bench:   %5.2f CPU-s per 1,000 events  %s%n",
                                                part.getValue() / step.events * 1000,
                                                part.getKey()));
                if (step.delivered < SIMULATOR_KEPT_PACE * rate) {
                    lines.add(
                            String.format(
                                    Locale.ROOT,
                                    "  the simulator, on the same cores as the pipeline, delivered %.0f of the %d"
                                            + " events/s asked",
                                    step.delivered,
                                    rate));
                }
                if (!step.bounded()) {
                    break;
                }
                sustained = Math.max(sustained, (int) step.delivered);
            }
            lines.add(
                    "sustained: "
                            + sustained
                            + " ODS events/s delivered with bounded lag (step "
                            + stepSeconds
                            + " s)");
        } finally {
            simulator.shutdown();
        }
        System.out.println();
        lines.forEach(l -> System.out.println("pipeline: " + l));
        Path folder = settings.work("bench");
        Files.createDirectories(folder);
        results.write(
                folder.resolve("pipeline.csv"),
                folder.resolve("pipeline-cpu.csv"),
                folder.resolve("pipeline.png"));
        System.out.println(
                "pipeline: per table in "
                        + folder.resolve("pipeline.csv")
                        + ", CPU per job in "
                        + folder.resolve("pipeline-cpu.csv")
                        + ", chart "
                        + folder.resolve("pipeline.png"));
    }

    /** One rate: the simulator paced for the step's length, sampled every second. */
    private Step step(int rate, Map<String, String> taskOwners) throws Exception {
        Step step = new Step();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        List<String> gen =
                List.of(
                        "--rate",
                        Integer.toString(rate),
                        "--minutes",
                        Double.toString(stepSeconds / 60.0));
        CompletableFuture<Void> simulation =
                CompletableFuture.runAsync(
                        () -> {
                            try {
                                GenCommand.run(settings, gen, quiet);
                            } catch (Exception e) {
                                throw new IllegalStateException(
                                        "the simulator failed: " + e.getMessage(), e);
                            }
                        },
                        simulator);
        long started = System.currentTimeMillis();
        CpuBreakdown.Sample cpuBefore = CpuBreakdown.sample();
        while (!simulation.isDone()) {
            Thread.sleep(1000);
            long now = System.currentTimeMillis();
            if (now - started >= stepSeconds * 500) {
                step.lag(
                        (now - started) / 1000.0,
                        odsLag()); // the second half: the pipeline has warmed up
            }
        }
        simulation.join();
        CpuBreakdown.Sample cpuAfter = CpuBreakdown.sample();
        step.cpuSeconds = cpuAfter.machineSeconds() - cpuBefore.machineSeconds();
        step.cpuByPart = CpuBreakdown.between(cpuBefore, cpuAfter, taskOwners);
        long simulated = System.currentTimeMillis();
        step.events = (long) rate * stepSeconds;
        step.delivered = step.events / ((simulated - started) / 1000.0);
        // let the pipeline drain before the next rate: the windows of this step close
        long drainUntil =
                System.currentTimeMillis()
                        + settings.config().get(GmallOptions.DWS_QUIET_FLUSH_MS)
                        + 4 * settings.config().get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS);
        Thread.sleep(Math.max(0, drainUntil - System.currentTimeMillis()));
        DwsFreshness freshness =
                new DwsFreshness(
                        settings.config().clickHouse(),
                        Tables.all().stream().map(TableSpec::name).toList());
        for (TableSpec<?> table : Tables.all()) {
            step.perTable.put(
                    table.name(),
                    freshness.windows(table.name(), started / 1000 + 1, simulated / 1000));
        }
        return step;
    }

    /** Messages of the two ODS topics their first readers have not committed yet. */
    private long odsLag() throws Exception {
        Properties p = KafkaClientProperties.of(settings.config());
        long lag = 0;
        try (AdminClient admin = AdminClient.create(p);
                KafkaConsumer<byte[], byte[]> ends =
                        new KafkaConsumer<>(
                                p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            lag += lag(admin, ends, "base_log_app");
            lag += lag(admin, ends, "dwd_trade_order_detail");
        }
        return lag;
    }

    private static long lag(AdminClient admin, KafkaConsumer<byte[], byte[]> ends, String group)
            throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> latest = ends.endOffsets(committed.keySet());
        long lag = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> c : committed.entrySet()) {
            lag += Math.max(0, latest.get(c.getKey()) - c.getValue().offset());
        }
        return lag;
    }

    /** What one rate showed. */
    private static final class Step {
        final List<double[]> lags = new ArrayList<>();
        final Map<String, List<DwsFreshness.Table>> perTable = new TreeMap<>();
        double cpuSeconds;
        Map<String, Double> cpuByPart = Map.of();
        long events;

        /** Events per second of wall time the simulator wrote: the rate, if it kept the pace. */
        double delivered;

        /** The whole machine's CPU seconds per 1,000 events written. */
        double cpuPerThousand() {
            return cpuSeconds / events * 1000;
        }

        void lag(double second, long messages) {
            lags.add(new double[] {second, messages});
        }

        /**
         * Every table's windows that ended during the step: seconds from each one's end to its
         * first row.
         */
        List<Double> freshness() {
            return perTable.values().stream()
                    .flatMap(List::stream)
                    .map(DwsFreshness.Table::firstRowDelaySeconds)
                    .toList();
        }

        long averageLag() {
            return Math.round(lags.stream().mapToDouble(l -> l[1]).average().orElse(0));
        }

        /** Least-squares slope of the lag over the second half of the step, messages per second. */
        double lagSlope() {
            int n = lags.size();
            if (n < 2) {
                return 0;
            }
            double mx = lags.stream().mapToDouble(l -> l[0]).average().orElseThrow();
            double my = lags.stream().mapToDouble(l -> l[1]).average().orElseThrow();
            double sxy = 0;
            double sxx = 0;
            for (double[] l : lags) {
                sxy += (l[0] - mx) * (l[1] - my);
                sxx += (l[0] - mx) * (l[0] - mx);
            }
            return sxx == 0 ? 0 : sxy / sxx;
        }

        /**
         * Bounded: the lag does not grow by more than a tenth of the rate per second. (Committed
         * offsets move at checkpoints only, so the lag saws up and down by a checkpoint's worth of
         * messages; the slope sees through that.)
         */
        boolean bounded() {
            return lagSlope() <= delivered / 10.0;
        }
    }
}
