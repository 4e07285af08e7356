package com.gmall.rtdw.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Holds some of the simulator's events back, so that the warehouse sees what a live shop sends it:
 * app log lines that phones upload late (most within the allowed lateness, a few far beyond it, as
 * a phone that was offline for minutes) and shop transactions committed after later ones. A held
 * event keeps its event time and is written once the simulated clock reaches its release, in
 * release order; nothing is dropped, and {@link #drain()} writes what is still held when the run
 * ends.
 *
 * <p>A held transaction holds back every later transaction that touches the same row, user or
 * order, so each user's and each order's history still commits in the order it happened (a payment
 * never commits before its order): only transactions of different users change places. Its own
 * random numbers, so the simulation's rows and lines are the same with or without disorder.
 */
final class Disorder {
    private static final long LATE_MIN_MILLIS = 5_000;
    private static final long BUSINESS_MIN_MILLIS = 1_000;

    /**
     * How much disorder.
     *
     * @param lateLogs share of log lines uploaded 5 s to {@code lateMaxMillis} after their event
     *     time
     * @param tooLateLogs share uploaded {@code tooLateMinMillis} to {@code tooLateMaxMillis} after
     *     it
     * @param lateBusiness share of transactions committed 1 s to {@code lateMaxMillis} after their
     *     event time
     */
    record Settings(
            double lateLogs,
            double tooLateLogs,
            double lateBusiness,
            long lateMaxMillis,
            long tooLateMinMillis,
            long tooLateMaxMillis) {
        static final Settings NONE = new Settings(0, 0, 0, 0, 0, 0);

        Settings {
            if (lateLogs < 0
                    || tooLateLogs < 0
                    || lateLogs + tooLateLogs > 1
                    || lateBusiness < 0
                    || lateBusiness > 1) {
                throw new IllegalArgumentException(
                        "--late-logs and --too-late-logs (together) and --late-business are "
                                + "shares from 0 to 1");
            }
            if ((lateLogs > 0 || lateBusiness > 0) && lateMaxMillis < LATE_MIN_MILLIS) {
                throw new IllegalArgumentException("--late-max must be at least 5 seconds");
            }
        }

        boolean any() {
            return lateLogs > 0 || tooLateLogs > 0 || lateBusiness > 0;
        }
    }

    /** An event and when it is written. */
    private record Held(SimEvent event, long releaseAt, long sequence) {}

    private final Settings settings;
    private final Random random;
    private final PriorityQueue<Held> held =
            new PriorityQueue<>(
                    (a, b) ->
                            a.releaseAt != b.releaseAt
                                    ? Long.compare(a.releaseAt, b.releaseAt)
                                    : Long.compare(a.sequence, b.sequence));

    /** Row, user or order → the release of the last held transaction that touches it. */
    private final Map<String, Long> busyUntil = new HashMap<>();

    private long sequence;
    private long lateLines;
    private long lateTransactions;

    Disorder(Settings settings, long seed) {
        this.settings = settings;
        this.random = new Random(seed * 7919 + 17);
    }

    /**
     * Takes the event generated at simulated time {@code now}; returns what is due now, in the
     * order to write it.
     */
    List<SimEvent> offer(SimEvent event, long now) {
        List<SimEvent> due = release(now);
        long releaseAt =
                event.transaction() != null ? transactionRelease(event, now) : lineRelease(now);
        if (releaseAt > now) {
            held.add(new Held(event, releaseAt, sequence++));
        } else {
            due.add(event);
        }
        return due;
    }

    /** Everything still held, in release order, as the run ends. */
    List<SimEvent> drain() {
        return release(Long.MAX_VALUE);
    }

    long lateLines() {
        return lateLines;
    }

    long lateTransactions() {
        return lateTransactions;
    }

    private List<SimEvent> release(long now) {
        List<SimEvent> due = new ArrayList<>();
        while (!held.isEmpty() && held.peek().releaseAt <= now) {
            due.add(held.poll().event);
        }
        busyUntil.values().removeIf(until -> until <= now);
        return due;
    }

    private long lineRelease(long now) {
        if (settings.lateLogs() == 0 && settings.tooLateLogs() == 0) {
            return now;
        }
        double r = random.nextDouble();
        if (r < settings.tooLateLogs()) {
            lateLines++;
            return now + between(settings.tooLateMinMillis(), settings.tooLateMaxMillis());
        }
        if (r < settings.tooLateLogs() + settings.lateLogs()) {
            lateLines++;
            return now + between(LATE_MIN_MILLIS, settings.lateMaxMillis());
        }
        return now;
    }

    private long transactionRelease(SimEvent event, long now) {
        long releaseAt = now;
        if (settings.lateBusiness() > 0 && random.nextDouble() < settings.lateBusiness()) {
            lateTransactions++;
            releaseAt = now + between(BUSINESS_MIN_MILLIS, settings.lateMaxMillis());
        }
        Set<String> touched = touched(event.transaction());
        for (String entity : touched) {
            releaseAt = Math.max(releaseAt, busyUntil.getOrDefault(entity, now));
        }
        if (releaseAt > now) {
            for (String entity : touched) {
                busyUntil.put(entity, releaseAt);
            }
        }
        return releaseAt;
    }

    /** The rows a transaction writes, and the users and orders they belong to. */
    static Set<String> touched(ShopTransaction transaction) {
        Set<String> touched = new HashSet<>();
        for (RowChange row : transaction.rows()) {
            touched.add(row.table() + ":" + row.id());
            Object user = row.columns().get("user_id");
            if (user != null) {
                touched.add("user:" + user);
            }
            Object order = row.columns().get("order_id");
            if (order != null) {
                touched.add("order_info:" + order);
            }
        }
        return touched;
    }

    private long between(long min, long max) {
        return min + (long) (random.nextDouble() * Math.max(0, max - min));
    }
}
