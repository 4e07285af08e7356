package com.gmall.rtdw.sim;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.GenOptions;
import com.gmall.rtdw.cli.UsageException;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.stack.StackSettings;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bin/gmall gen}: runs the shop simulator against the local stack's MariaDB and the app log
 * folder.
 */
public final class GenCommand {
    private GenCommand() {}

    /** {@code gen} with {@code args} (its options, as on the command line). */
    public static void run(StackSettings settings, List<String> args, PrintStream out)
            throws Exception {
        run(settings, args, out, SimListener.NONE);
    }

    /** As above, telling {@code listener} every event it writes. */
    public static void run(
            StackSettings settings, List<String> args, PrintStream out, SimListener listener)
            throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of("gen"));
        line.addAll(args);
        run(settings, Cli.parse(GenOptions.class, line.toArray(String[]::new)), out, listener);
    }

    /** Runs the simulator and tells {@code listener} every event it writes. */
    public static void run(
            StackSettings settings, GenOptions parsed, PrintStream out, SimListener listener)
            throws Exception {
        ZoneId zone = settings.config().timeZone();
        SimOptions options = options(settings, parsed.validated(), zone);
        String url = settings.shopJdbcUrl();
        // the shop's own writer: the warehouse's accounts may not write the shop's tables
        String user = settings.config().get(GmallOptions.STACK_MYSQL_WRITER_USER);
        String password = settings.config().get(GmallOptions.STACK_MYSQL_WRITER_PASSWORD);
        Catalogue catalogue;
        Map<String, Long> lastIds;
        ShopState state;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            catalogue = CatalogueLoader.load(c);
            lastIds = CatalogueLoader.lastIds(c);
            state = new ShopState(lastIds, catalogue.existingUserIds());
            ShopStateLoader.resume(c, state);
        }
        Simulation simulation = new Simulation(options, catalogue, state, zone);
        Map<String, Integer> actions = new TreeMap<>();
        long[] logLines = new long[2]; // all, malformed
        Instant first = null;
        long started = System.nanoTime();
        long lastReport = started;
        Disorder disorder = new Disorder(options.disorder(), options.seed());
        try (JdbcShopSink db = new JdbcShopSink(DriverManager.getConnection(url, user, password));
                LogFileSink logs = new LogFileSink(options.logDir(), zone);
                ShopJournal journal = ShopJournal.appendingTo(settings.work("shop"))) {
            EventWriter write =
                    (e, now) -> {
                        if (e.transaction() != null) {
                            db.write(e.transaction());
                            journal.business(e.millis(), e.transaction());
                            listener.business(e.millis(), e.transaction());
                            actions.merge(e.transaction().action(), 1, Integer::sum);
                        } else {
                            logs.write(
                                    e.logLine(),
                                    now); // into the file of the hour it is written in, as an
                            // upload is
                            listener.logLine(e.millis(), e.logLine());
                            logLines[0]++;
                            logLines[1] += e.bad() ? 1 : 0;
                        }
                    };
            for (long i = 0; i < options.events(); i++) {
                SimEvent generated = simulation.next();
                first = first == null ? Instant.ofEpochMilli(generated.millis()) : first;
                for (SimEvent e : disorder.offer(generated, generated.millis())) {
                    write.accept(e, generated.millis());
                }
                if (options.paced()) {
                    pace(started, i + 1, options.rate(), logs);
                }
                if (System.nanoTime() - lastReport > 5_000_000_000L) {
                    lastReport = System.nanoTime();
                    out.printf(Locale.ROOT, "gen: %,d of %,d events%n", i + 1, options.events());
                }
            }
            for (SimEvent e : disorder.drain()) {
                write.accept(e, simulation.now().toEpochMilli());
            }
        }
        int business = actions.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(
                Locale.ROOT,
                "gen: %,d events in %.1f s: %,d shop transactions %s, %,d log lines (%,d malformed) "
                        + "in %s; simulated time %s .. %s%n",
                options.events(),
                (System.nanoTime() - started) / 1e9,
                business,
                actions,
                logLines[0],
                logLines[1],
                options.logDir(),
                first,
                simulation.now());
        if (options.disorder().any()) {
            out.printf(
                    Locale.ROOT,
                    "gen: written late: %,d log lines, %,d shop transactions (and those that waited "
                            + "behind them)%n",
                    disorder.lateLines(),
                    disorder.lateTransactions());
        }
    }

    /**
     * The disorder options; "too late" is measured from the DWS jobs' own settings, so that such a
     * line is surely behind what they accept, whatever they are configured to take.
     */
    private static Disorder.Settings disorder(StackSettings settings, GenOptions options) {
        long takenMillis =
                1000L
                        * (settings.config().get(GmallOptions.DWS_ALLOWED_LATENESS_SECONDS)
                                + settings.config().get(GmallOptions.DWS_WINDOW_SECONDS));
        return new Disorder.Settings(
                options.lateLogs,
                options.tooLateLogs,
                options.lateBusiness,
                1000L * options.lateMaxSeconds,
                takenMillis + 60_000,
                takenMillis + 300_000);
    }

    /** Writes one event at simulated time {@code now}. */
    private interface EventWriter {
        void accept(SimEvent event, long now) throws Exception;
    }

    private static void pace(long startedNanos, long done, double rate, LogFileSink logs)
            throws Exception {
        long dueNanos = startedNanos + (long) (done * 1e9 / rate);
        long wait = dueNanos - System.nanoTime();
        if (wait > 1_000_000) {
            logs.flush();
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    static SimOptions options(StackSettings settings, GenOptions options, ZoneId zone) {
        try {
            Instant start =
                    options.start()
                            .map(t -> LocalDateTime.parse(t).atZone(zone).toInstant())
                            .orElseGet(Instant::now);
            return new SimOptions(
                    options.seed,
                    options.users,
                    options.rate,
                    options.events(),
                    start,
                    options.badLines,
                    java.nio.file.Path.of(
                            options.logDir().orElse(settings.work("applog").toString())),
                    options.paced(),
                    disorder(settings, options));
        } catch (DateTimeParseException e) {
            throw new UsageException("--start takes yyyy-MM-ddTHH:mm:ss: " + e.getMessage());
        }
    }
}
