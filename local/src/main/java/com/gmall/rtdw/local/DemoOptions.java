package com.gmall.rtdw.local;

import java.util.List;
import java.util.Optional;

/** What {@code bin/gmall demo} was asked for. */
record DemoOptions(String minutes, String rate, Optional<String> seed, boolean keep, boolean help) {
    static final String HELP = """
            usage: bin/gmall demo [--minutes M] [--rate EVENTS_PER_S] [--seed N] [--keep]
            Runs the whole warehouse on this machine: starts the local stack (bin/gmall up), creates the DWS tables
            (bin/gmall ddl apply), starts every ODS, DIM, DWD and DWS job in one local Flink cluster, runs the shop
            simulator, waits until the last windows are in ClickHouse and prints each DWS table's row count and
            latest windows. Then it stops the jobs (their checkpoints are kept: the next demo resumes from them) and
            leaves the stack up.
              --minutes M   simulate M minutes of real time (default 3)
              --rate R      simulated events per second (default 50)
              --seed N      the simulator's random seed (default 42)
              --keep        leave the jobs running afterwards (Ctrl-C stops them)""";

    static DemoOptions parse(List<String> args) {
        String minutes = "3";
        String rate = "50";
        Optional<String> seed = Optional.empty();
        boolean keep = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return new DemoOptions(minutes, rate, seed, keep, true);
                }
                case "--keep" -> keep = true;
                case "--minutes", "--rate", "--seed" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(arg + " needs a value (see bin/gmall demo --help)");
                    }
                    String value = args.get(++i);
                    try {
                        if (Double.parseDouble(value) <= 0 && !arg.equals("--seed")) {
                            throw new IllegalArgumentException(arg + " must be positive");
                        }
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(arg + " takes a number, not '" + value + "'");
                    }
                    switch (arg) {
                        case "--minutes" -> minutes = value;
                        case "--rate" -> rate = value;
                        default -> seed = Optional.of(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + arg + "' (see bin/gmall demo --help)");
            }
        }
        return new DemoOptions(minutes, rate, seed, keep, false);
    }
}
