package com.gmall.rtdw.sim;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The simulated clock: it starts at a chosen instant and moves forward by a fixed step per event,
 * so the same run gives the same times whatever the machine's speed. Business rows get local
 * date-times of the shop's zone (as a MySQL DATETIME holds them); app logs get epoch milliseconds.
 */
final class SimClock {
    private final ZoneId zone;
    private final long startMillis;
    private final double stepMillis;
    private long ticks;
    private long nowMillis;

    /**
     * @param stepMillis the step, fractional: at 1,200 events/s it is 0.83 ms, and a step rounded
     *     to whole milliseconds ran the clock 20 % ahead of the wall clock (at 800 events/s, 20 %
     *     behind), which skewed every freshness measured against the wall clock
     */
    SimClock(Instant start, double stepMillis, ZoneId zone) {
        this.startMillis = start.toEpochMilli();
        this.nowMillis = startMillis;
        this.stepMillis = stepMillis;
        this.zone = zone;
    }

    void tick() {
        ticks++;
        nowMillis = startMillis + Math.round(ticks * stepMillis);
    }

    long millis() {
        return nowMillis;
    }

    /**
     * Now plus {@code offsetMillis}, as the shop's local date-time (whole seconds, as DATETIME
     * stores it).
     */
    LocalDateTime local(long offsetMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(nowMillis + offsetMillis), zone)
                .withNano(0);
    }

    LocalDateTime local() {
        return local(0);
    }
}
