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
    private final long stepMillis;
    private long nowMillis;

    SimClock(Instant start, long stepMillis, ZoneId zone) {
        this.nowMillis = start.toEpochMilli();
        this.stepMillis = stepMillis;
        this.zone = zone;
    }

    void tick() {
        nowMillis += stepMillis;
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
