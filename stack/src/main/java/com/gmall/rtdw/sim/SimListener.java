package com.gmall.rtdw.sim;

/**
 * Hears what the simulator wrote, as it writes it: for tests that compute what the warehouse must
 * show from the raw data itself.
 */
public interface SimListener {
    SimListener NONE =
            new SimListener() {
                @Override
                public void business(long millis, ShopTransaction transaction) {}

                @Override
                public void logLine(long millis, String line) {}
            };

    /** A business transaction, committed to the shop database. */
    void business(long millis, ShopTransaction transaction);

    /** An app log line, written to the log files (possibly malformed on purpose). */
    void logLine(long millis, String line);
}
