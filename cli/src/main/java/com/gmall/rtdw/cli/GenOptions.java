package com.gmall.rtdw.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bin/gmall gen}: the shop simulator's options (run by the stack module). */
@Command(
        name = "gen",
        header = "run the shop simulator: business rows into MariaDB, app log lines into files",
        description = {
            "Simulates the shop: business transactions written to MariaDB (database gmall, "
                    + "through JDBC, one database transaction each) and app log lines written to rolling files (default "
                    + "GMALL_HOME/applog, app.<yyyyMMddHH>.log), about one event in three being business. Deterministic: the "
                    + "same seed on the same database state writes the same rows and lines. Each committed transaction is also "
                    + "appended to GMALL_HOME/shop/journal.jsonl, which bin/gmall check reads with the log files."
        },
        footer = {
            "",
            "Scenarios (--scenario NAME; options after it override its own):",
            "  smoke = --seed 7 --users 50 --events 3000 --start 2024-06-01T10:00:00 --rate 50 --fast",
            "  e2e   = --seed 11 --users 60 --events 3000 --start 2030-01-01T10:00:00 --rate 50 --fast"
        })
public final class GenOptions {
    /** The fixed scenarios: a seed, a size and a start, run as fast as possible. */
    static final Map<String, String> SCENARIOS =
            Map.of(
                    "smoke",
                            "--seed 7 --users 50 --events 3000 --start 2024-06-01T10:00:00 --rate 50 --fast",
                    // the end-to-end test's: a day of its own, after any other test data, one
                    // simulated minute
                    "e2e",
                            "--seed 11 --users 60 --events 3000 --start 2030-01-01T10:00:00 --rate 50 --fast");

    @Mixin HelpOption help;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "random seed (default: ${DEFAULT-VALUE})")
    public long seed = 42;

    @Option(
            names = "--users",
            paramLabel = "N",
            description = "users the shop grows to (default: ${DEFAULT-VALUE})")
    public int users = 100;

    @Option(
            names = "--rate",
            paramLabel = "R",
            description =
                    "events per second, real time; also the simulated "
                            + "clock's step (default: ${DEFAULT-VALUE})")
    public double rate = 50;

    @Option(
            names = "--minutes",
            paramLabel = "M",
            description = "run for M minutes of real time at the rate " + "(default: 1), or")
    Double minutes;

    @Option(names = "--events", paramLabel = "N", description = "write exactly N events")
    Long events;

    @Option(
            names = "--start",
            paramLabel = "T",
            description =
                    "simulated start, yyyy-MM-ddTHH:mm:ss local time of "
                            + "warehouse.time-zone (default: now)")
    String start;

    @Option(
            names = "--bad-lines",
            paramLabel = "S",
            description =
                    "share of log lines written malformed on purpose, "
                            + "0..1 (default: ${DEFAULT-VALUE})")
    public double badLines = 0;

    @Option(
            names = "--late-logs",
            paramLabel = "S",
            description =
                    "share of log lines a phone uploads late: written "
                            + "5 s to --late-max after their event time, which they keep (default: ${DEFAULT-VALUE})")
    public double lateLogs = 0;

    @Option(
            names = "--too-late-logs",
            paramLabel = "S",
            description =
                    "share uploaded later than the DWS jobs take "
                            + "them: dws.allowed-lateness-seconds + dws.window-seconds + 1 to 5 minutes after their event time "
                            + "(default: ${DEFAULT-VALUE}); a line still held when the run ends is written then, so give the run that "
                            + "long")
    public double tooLateLogs = 0;

    @Option(
            names = "--late-business",
            paramLabel = "S",
            description =
                    "share of shop transactions committed 1 s to "
                            + "--late-max after their event time, behind later ones; later transactions of the same user, order or "
                            + "row wait behind them, so each user's history keeps its order (default: ${DEFAULT-VALUE})")
    public double lateBusiness = 0;

    @Option(
            names = "--late-max",
            paramLabel = "SEC",
            description =
                    "the latest a --late-logs line or a "
                            + "--late-business transaction comes (default: ${DEFAULT-VALUE})")
    public long lateMaxSeconds = 90;

    @Option(names = "--log-dir", paramLabel = "DIR", description = "where the app log files go")
    String logDir;

    @Option(names = "--fast", description = "do not keep to the rate in real time")
    boolean fast;

    @Option(
            names = "--paced",
            description = "keep to it (after --scenario, which is --fast by itself)")
    boolean paced;

    @Option(
            names = "--scenario",
            paramLabel = "NAME",
            description = "a fixed data set for tests: smoke or e2e")
    String scenario;

    /** Events to write: {@code --events}, else {@code --minutes} at the rate. */
    public long events() {
        return events != null ? events : Math.round((minutes == null ? 1 : minutes) * 60 * rate);
    }

    public Optional<String> start() {
        return Optional.ofNullable(start);
    }

    public Optional<String> logDir() {
        return Optional.ofNullable(logDir);
    }

    /**
     * Whether to keep to the rate in real time: yes, unless --fast (or a scenario) and no --paced
     * after it.
     */
    public boolean paced() {
        return !fast || paced;
    }

    /** Checks what picocli's types do not. */
    public GenOptions validated() {
        if (rate <= 0 || events() < 0 || users < 1 || badLines < 0 || badLines > 1) {
            throw new UsageException(
                    "--rate must be positive, --events not negative, --bad-lines in 0..1 and "
                            + "--users at least 1");
        }
        return this;
    }

    /**
     * {@code gen ... --scenario NAME ...} as the scenario's own options followed by the others,
     * which override them (the gen command allows an option twice, the last one counting).
     */
    static String[] withScenario(String[] args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        int at = all.indexOf("--scenario");
        if (at < 0) {
            return args;
        }
        String name = at + 1 < all.size() ? all.get(at + 1) : "";
        String fixed = SCENARIOS.get(name);
        if (fixed == null) {
            throw new UsageException(
                    "unknown scenario '" + name + "'; known: " + SCENARIOS.keySet());
        }
        all.subList(at, at + 2).clear();
        List<String> expanded = new ArrayList<>(all.subList(0, 1));
        expanded.addAll(List.of(fixed.split(" ")));
        expanded.addAll(all.subList(1, all.size()));
        return expanded.toArray(String[]::new);
    }
}
