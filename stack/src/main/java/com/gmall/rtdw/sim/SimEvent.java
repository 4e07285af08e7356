package com.gmall.rtdw.sim;

/**
 * One step of the simulation: a business transaction or an app log line.
 *
 * @param transaction the transaction, or null for a log line
 * @param logLine the log line (one JSON object, or a deliberately malformed one), or null
 * @param millis the simulated time of the event
 * @param bad whether the log line is malformed on purpose
 */
record SimEvent(ShopTransaction transaction, String logLine, long millis, boolean bad) {
    static SimEvent business(ShopTransaction tx, long millis) {
        return new SimEvent(tx, null, millis, false);
    }

    static SimEvent log(String line, long millis, boolean bad) {
        return new SimEvent(null, line, millis, bad);
    }
}
