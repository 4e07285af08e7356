package com.gmall.rtdw.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimClockTest {
    private static long afterOneSecondOfEvents(double rate) {
        Instant start = Instant.parse("2024-06-01T02:00:00Z");
        SimClock clock = new SimClock(start, 1000.0 / rate, ZoneOffset.UTC);
        for (int i = 0; i < rate; i++) {
            clock.tick();
        }
        return clock.millis() - start.toEpochMilli();
    }

    @Test
    void aSecondOfEventsIsASecondOfSimulatedTimeAtAnyRate() {
        assertThat(afterOneSecondOfEvents(50)).isEqualTo(1000);
        assertThat(afterOneSecondOfEvents(800)).isEqualTo(1000);
        assertThat(afterOneSecondOfEvents(1200)).isEqualTo(1000);
        assertThat(afterOneSecondOfEvents(7000)).isEqualTo(1000);
    }
}
