package com.gmall.rtdw.sim;

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

/** {@code bin/gmall gen}: runs the shop simulator against the local stack's MariaDB and the app log folder. */
public final class GenCommand {
    /** The fixed scenarios: a seed, a size and a start, run as fast as possible. */
    static final Map<String, String> SCENARIOS = Map.of(
            "smoke", "--seed 7 --users 50 --events 3000 --start 2024-06-01T10:00:00 --rate 50",
            // the end-to-end test's: a day of its own, after any other test data, one simulated minute
            "e2e", "--seed 11 --users 60 --events 3000 --start 2030-01-01T10:00:00 --rate 50");

    private GenCommand() {}

    public static void printHelp(PrintStream out) {
        out.println("""
                usage: bin/gmall gen [--seed N] [--users N] [--rate EVENTS_PER_S] [--minutes M | --events N]
                                     [--start yyyy-MM-ddTHH:mm:ss] [--bad-lines SHARE] [--log-dir DIR] [--fast]
                                     [--late-logs SHARE] [--too-late-logs SHARE] [--late-business SHARE]
                                     [--late-max SECONDS]
                       bin/gmall gen --scenario smoke
                Simulates the shop: business transactions written to MariaDB (database gmall, through JDBC, one
                database transaction each) and app log lines written to rolling files (default GMALL_HOME/applog,
                app.<yyyyMMddHH>.log), about one event in three being business. Deterministic: the same seed on the
                same database state writes the same rows and lines. Each committed transaction is also appended to
                GMALL_HOME/shop/journal.jsonl, which bin/gmall check reads with the log files.
                  --seed N         random seed (default 42)
                  --users N        users the shop grows to (default 100)
                  --rate R         events per second, real time; also the simulated clock's step (default 50)
                  --minutes M      run for M minutes of real time at the rate (default 1), or
                  --events N       write exactly N events
                  --start T        simulated start, local time of warehouse.time-zone (default now)
                  --bad-lines S    share of log lines written malformed on purpose, 0..1 (default 0)
                  --late-logs S    share of log lines a phone uploads late: written 5 s to --late-max after
                                   their event time, which they keep (default 0)
                  --too-late-logs S  share uploaded later than the DWS jobs take them: dws.allowed-lateness-seconds
                                   + dws.window-seconds + 1 to 5 minutes after their event time (default 0); a
                                   line still held when the run ends is written then, so give the run that long
                  --late-business S  share of shop transactions committed 1 s to --late-max after their event
                                   time, behind later ones; later transactions of the same user, order or row
                                   wait behind them, so each user's history keeps its order (default 0)
                  --late-max SEC   the latest a --late-logs line or a --late-business transaction comes (default 90)
                  --log-dir DIR    where the app log files go
                  --fast           do not keep to the rate in real time
                  --paced          keep to it (after --scenario, which is --fast by itself)
                  --scenario NAME  a fixed data set for tests (options after it override its own):
                                     smoke = """ + SCENARIOS.get("smoke") + """

                                     e2e = """ + SCENARIOS.get("e2e"));
    }

    public static void run(StackSettings settings, List<String> args, PrintStream out) throws Exception {
        run(settings, args, out, SimListener.NONE);
    }

    /** Runs the simulator and tells {@code listener} every event it writes. */
    public static void run(StackSettings settings, List<String> args, PrintStream out, SimListener listener)
            throws Exception {
        ZoneId zone = settings.config().timeZone();
        SimOptions options = parse(settings, args, zone);
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
            EventWriter write = (e, now) -> {
                if (e.transaction() != null) {
                    db.write(e.transaction());
                    journal.business(e.millis(), e.transaction());
                    listener.business(e.millis(), e.transaction());
                    actions.merge(e.transaction().action(), 1, Integer::sum);
                } else {
                    logs.write(e.logLine(), now); // into the file of the hour it is written in, as an upload is
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
        out.printf(Locale.ROOT, "gen: %,d events in %.1f s: %,d shop transactions %s, %,d log lines (%,d malformed) "
                        + "in %s; simulated time %s .. %s%n", options.events(), (System.nanoTime() - started) / 1e9,
                business, actions, logLines[0], logLines[1], options.logDir(), first, simulation.now());
        if (options.disorder().any()) {
            out.printf(Locale.ROOT, "gen: written late: %,d log lines, %,d shop transactions (and those that waited "
                    + "behind them)%n", disorder.lateLines(), disorder.lateTransactions());
        }
    }

    /**
     * The disorder options; "too late" is measured from the DWS jobs' own settings, so that such a line is surely
     * behind what they accept, whatever they are configured to take.
     */
    private static Disorder.Settings disorder(StackSettings settings, Map<String, String> values) {
        long takenMillis = 1000L * (settings.config().get(GmallOptions.DWS_ALLOWED_LATENESS_SECONDS)
                + settings.config().get(GmallOptions.DWS_WINDOW_SECONDS));
        return new Disorder.Settings(Double.parseDouble(values.getOrDefault("--late-logs", "0")),
                Double.parseDouble(values.getOrDefault("--too-late-logs", "0")),
                Double.parseDouble(values.getOrDefault("--late-business", "0")),
                1000L * Long.parseLong(values.getOrDefault("--late-max", "90")), takenMillis + 60_000,
                takenMillis + 300_000);
    }

    /** Writes one event at simulated time {@code now}. */
    private interface EventWriter {
        void accept(SimEvent event, long now) throws Exception;
    }

    private static void pace(long startedNanos, long done, double rate, LogFileSink logs) throws Exception {
        long dueNanos = startedNanos + (long) (done * 1e9 / rate);
        long wait = dueNanos - System.nanoTime();
        if (wait > 1_000_000) {
            logs.flush();
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    static SimOptions parse(StackSettings settings, List<String> args, ZoneId zone) {
        List<String> all = args;
        int scenario = args.indexOf("--scenario");
        if (scenario >= 0) {
            String name = scenario + 1 < args.size() ? args.get(scenario + 1) : "";
            String fixed = SCENARIOS.get(name);
            if (fixed == null) {
                throw new IllegalArgumentException("unknown scenario '" + name + "'; known: " + SCENARIOS.keySet());
            }
            all = new java.util.ArrayList<>(List.of(fixed.split(" ")));
            all.add("--fast");
            List<String> rest = new java.util.ArrayList<>(args);
            rest.remove(scenario + 1);
            rest.remove(scenario);
            all.addAll(rest);
        }
        Map<String, String> values = new TreeMap<>();
        boolean fast = false;
        for (int i = 0; i < all.size(); i++) {
            String key = all.get(i);
            if (key.equals("--fast")) {
                fast = true;
            } else if (key.equals("--paced")) {
                fast = false; // a scenario at its rate in real time, as a live shop would write it
            } else if (List.of("--seed", "--users", "--rate", "--minutes", "--events", "--start", "--bad-lines",
                    "--log-dir", "--late-logs", "--too-late-logs", "--late-business", "--late-max").contains(key)
                    && i + 1 < all.size()) {
                values.put(key, all.get(++i));
            } else {
                throw new IllegalArgumentException("unknown or incomplete option '" + key + "' (see bin/gmall gen --help)");
            }
        }
        try {
            double rate = Double.parseDouble(values.getOrDefault("--rate", "50"));
            long events = values.containsKey("--events") ? Long.parseLong(values.get("--events"))
                    : Math.round(Double.parseDouble(values.getOrDefault("--minutes", "1")) * 60 * rate);
            double badLines = Double.parseDouble(values.getOrDefault("--bad-lines", "0"));
            int users = Integer.parseInt(values.getOrDefault("--users", "100"));
            if (rate <= 0 || events < 0 || badLines < 0 || badLines > 1 || users < 1) {
                throw new IllegalArgumentException("--rate must be positive, --events not negative, --bad-lines in "
                        + "0..1 and --users at least 1");
            }
            Instant start = values.containsKey("--start")
                    ? LocalDateTime.parse(values.get("--start")).atZone(zone).toInstant() : Instant.now();
            return new SimOptions(Long.parseLong(values.getOrDefault("--seed", "42")),
                    users, rate, events, start, badLines,
                    java.nio.file.Path.of(values.getOrDefault("--log-dir", settings.work("applog").toString())), !fast,
                    disorder(settings, values));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("bad option value: " + e.getMessage());
        }
    }
}
