package com.gmall.rtdw.local;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.LocalCommands;
import com.gmall.rtdw.jobs.dwd.log.BaseLogApp;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.sim.GenCommand;
import com.gmall.rtdw.stack.ConsumerCatchUp;
import com.gmall.rtdw.stack.DeadLetterCounts;
import com.gmall.rtdw.stack.OdsBinlogProbe;
import com.gmall.rtdw.stack.StackSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code bin/gmall demo}: the whole warehouse on this machine. Starts the local stack, applies the
 * DWS DDL, runs every job in one MiniCluster (each resumed from its latest checkpoint when it has
 * one), runs the shop simulator, waits until the last windows are in ClickHouse, and prints each
 * DWS table's row count and latest windows.
 */
public final class Demo {
    private static final int WEB_PORT = 18081;

    private final StackSettings settings;
    private final LocalCommands.Demo options;

    Demo(StackSettings settings, LocalCommands.Demo options) {
        this.settings = settings;
        this.options = options;
    }

    /** {@code args}: {@code demo} and its options, as given to bin/gmall. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath().normalize();
        new Cli()
                .on(
                        LocalCommands.Demo.class,
                        options -> {
                            new Demo(StackSettings.load(root, System.getenv()), options.validated())
                                    .run();
                            return 0;
                        })
                .main(args);
    }

    void run() throws Exception {
        LocalWarehouse warehouse = LocalWarehouse.start(settings, WEB_PORT, Demo::say);
        say("Flink web UI: %s", warehouse.webUrl());
        // the shop starts only when its writes reach topic_db as events, not folded into OdsDbApp's
        // snapshot
        OdsBinlogProbe.await(settings, Duration.ofMinutes(10), Demo::say);
        say("OdsDbApp reads the binlog");
        // and app logs written before the start are through BaseLogApp, whose subtasks would
        // otherwise mix them
        // with the new ones, minutes apart, in the DWD partitions the DWS jobs' watermarks follow
        ConsumerCatchUp.await(
                settings,
                Topics.TOPIC_LOG.name(),
                BaseLogApp.GROUP,
                Duration.ofMinutes(10),
                Demo::say);

        DwsTables dws = new DwsTables(settings.config().clickHouse());
        List<String> gen =
                new ArrayList<>(
                        List.of(
                                "--minutes",
                                Double.toString(options.minutes),
                                "--rate",
                                Double.toString(options.rate)));
        options.seed().ifPresent(seed -> gen.addAll(List.of("--seed", seed.toString())));
        say("simulating the shop: %s", String.join(" ", gen));
        CompletableFuture<Void> simulation =
                CompletableFuture.runAsync(
                        () -> {
                            try {
                                GenCommand.run(settings, gen, System.out);
                            } catch (Exception e) {
                                throw new IllegalStateException(
                                        "the simulator failed: " + e.getMessage(), e);
                            }
                        });
        while (!simulation.isDone()) {
            sleepUpTo(simulation, 15_000);
            say("dws rows: %s", brief(dws.counts()));
        }
        simulation.join();
        waitForLastWindows(dws);
        print(dws);
        say("dead letters: %s", DeadLetterCounts.summary(DeadLetterCounts.of(settings)));
        if (options.keep) {
            say(
                    "everything keeps running. Query the tables with, for example:%n"
                            + "  bin/gmall sql clickhouse \"SELECT * FROM dws_trade_province_order_window FINAL ORDER BY stt DESC LIMIT 10\"%n"
                            + "  bin/gmall gen --minutes 1   (more shop activity)%n"
                            + "Flink web UI %s. Ctrl-C stops the jobs (their checkpoints are kept); bin/gmall down stops the stack.",
                    warehouse.webUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(warehouse::stopJobs));
            Thread.currentThread().join();
        }
        warehouse.close();
        say(
                "jobs stopped (checkpoints kept under %s); the stack is still up: bin/gmall down stops it",
                settings.work("flink"));
    }

    /**
     * After the simulator stops, the last windows close once the inputs are quiet ({@code
     * dws.quiet-flush-ms}) and their rows are written at the next checkpoint; wait until the counts
     * stop changing.
     */
    private void waitForLastWindows(DwsTables dws) throws Exception {
        long settle =
                settings.config().get(GmallOptions.DWS_QUIET_FLUSH_MS)
                        + 3L * settings.config().get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS);
        say(
                "simulation done; waiting for the last windows to close (quiet inputs flush after %d s)",
                settings.config().get(GmallOptions.DWS_QUIET_FLUSH_MS) / 1000);
        long deadline = System.currentTimeMillis() + Math.max(300_000, 4 * settle);
        long stableSince = System.currentTimeMillis();
        Map<String, Long> last = dws.counts();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(10_000);
            Map<String, Long> now = dws.counts();
            if (!now.equals(last)) {
                stableSince = System.currentTimeMillis();
                last = now;
                say("dws rows: %s", brief(now));
            } else if (System.currentTimeMillis() - stableSince >= 2 * settle) {
                return;
            }
        }
        say("the DWS row counts were still changing when the wait ended; printing what is there");
    }

    private static void print(DwsTables dws) throws Exception {
        Map<String, Long> counts = dws.counts();
        System.out.println();
        for (TableSpec<?> table : Tables.all()) {
            System.out.printf(
                    Locale.ROOT,
                    "== %s: %,d rows; latest windows:%n",
                    table.name(),
                    counts.get(table.name()));
            System.out.print(dws.latest(table, 3));
        }
        System.out.println();
    }

    private static String brief(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach(
                (table, n) ->
                        s.append(s.length() == 0 ? "" : ", ")
                                .append(table.replace("dws_", "").replace("_window", ""))
                                .append(' ')
                                .append(n));
        return s.toString();
    }

    private static void sleepUpTo(CompletableFuture<?> done, long ms) {
        try {
            done.get(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception ignored) {
            // time is up or the simulation ended (its failure is reported by join)
        }
    }

    private static void say(String line) {
        System.out.println("demo: " + line);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "demo: " + format + "%n", args);
    }
}
