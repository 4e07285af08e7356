package com.gmall.rtdw.runtime;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.Serializable;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Retries a call to a server that does not answer, waiting 0.5 s, 1 s, 2 s ... up to 10 s between
 * attempts, until it answers or {@code giveUpAfter} has passed; then the last failure is thrown
 * (and the job restarts from its checkpoint). Only failures {@code retryable} accepts are retried:
 * a server that answers "no" is asked once. A 60 s outage of one server is thereby sat out inside
 * the sink or lookup instead of costing restarts.
 */
public final class Backoff implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The first wait; each next one doubles, up to {@link #LONGEST_WAIT_MS} ({@link #nextWait}).
     */
    public static final long FIRST_WAIT_MS = 500;

    public static final long LONGEST_WAIT_MS = 10_000;

    private final long giveUpAfterMs;

    private Backoff(long giveUpAfterMs) {
        this.giveUpAfterMs = giveUpAfterMs;
    }

    /** Retries for at most {@code giveUpAfter} (zero: one attempt). */
    public static Backoff giveUpAfter(Duration giveUpAfter) {
        return new Backoff(giveUpAfter.toMillis());
    }

    /** Retries for as long as the configuration says ({@code retry.give-up-after-ms}). */
    public static Backoff of(GmallConfig config) {
        return giveUpAfter(Duration.ofMillis(config.get(GmallOptions.RETRY_GIVE_UP_AFTER_MS)));
    }

    /** One call that may fail. */
    @FunctionalInterface
    public interface Call<T, E extends Exception> {
        T run() throws E;
    }

    /** Told of each failed attempt that will be retried (for a counter and a log line). */
    @FunctionalInterface
    public interface OnRetry {
        void retrying(Exception failure, long waitMs);
    }

    /** Runs {@code call}, again after each retryable failure while time is left. */
    public <T, E extends Exception> T call(
            Call<T, E> call, Predicate<Exception> retryable, OnRetry onRetry) throws E {
        long deadline = System.nanoTime() + Duration.ofMillis(giveUpAfterMs).toNanos();
        long waitMs = FIRST_WAIT_MS;
        while (true) {
            try {
                return call.run();
            } catch (Exception failure) {
                long leftMs = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (!retryable.test(failure) || leftMs <= 0) {
                    throw failure;
                }
                long wait = Math.min(waitMs, leftMs);
                onRetry.retrying(failure, wait);
                sleep(wait, failure);
                waitMs = nextWait(waitMs);
            }
        }
    }

    /** The wait after {@code waitMs}: twice as long, at most {@link #LONGEST_WAIT_MS}. */
    public static long nextWait(long waitMs) {
        return Math.min(waitMs * 2, LONGEST_WAIT_MS);
    }

    private static void sleep(long ms, Exception failure) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            IllegalStateException cancelled =
                    new IllegalStateException("interrupted while retrying", e);
            cancelled.addSuppressed(failure);
            throw cancelled;
        }
    }
}
