package com.gmall.rtdw.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Late app logs and out-of-order commits: what is held, for how long, and that nothing is lost or
 * reordered badly.
 */
class DisorderTest {
    private static final long LATE_MAX = 90_000;
    private static final long TOO_LATE_MIN = 190_000;
    private static final long TOO_LATE_MAX = 430_000;

    /** An event as written: when, in which position. */
    private record Written(SimEvent event, long at) {}

    private static List<Written> write(List<SimEvent> generated, Disorder disorder) {
        List<Written> written = new ArrayList<>();
        for (SimEvent e : generated) {
            disorder.offer(e, e.millis()).forEach(w -> written.add(new Written(w, e.millis())));
        }
        long end = generated.get(generated.size() - 1).millis();
        disorder.drain().forEach(w -> written.add(new Written(w, end)));
        return written;
    }

    /**
     * Every generated event written once (as multisets: AssertJ's any-order comparison is
     * quadratic).
     */
    private static void assertSameEvents(List<Written> written, List<SimEvent> generated) {
        Map<SimEvent, Long> counts = new HashMap<>();
        generated.forEach(e -> counts.merge(e, 1L, Long::sum));
        Map<SimEvent, Long> writtenCounts = new HashMap<>();
        written.forEach(w -> writtenCounts.merge(w.event(), 1L, Long::sum));
        assertThat(written).hasSameSizeAs(generated);
        assertThat(writtenCounts).isEqualTo(counts);
    }

    private static Disorder disorder(double late, double tooLate, double business, long seed) {
        return new Disorder(
                new Disorder.Settings(
                        late, tooLate, business, LATE_MAX, TOO_LATE_MIN, TOO_LATE_MAX),
                seed);
    }

    @Test
    void withoutDisorderEverythingIsWrittenAtOnceInOrder() {
        List<SimEvent> generated = SimulationTest.run(5, 2000, 0);
        List<Written> written = write(generated, new Disorder(Disorder.Settings.NONE, 5));
        assertThat(written).extracting(Written::event).containsExactlyElementsOf(generated);
        assertThat(written).allMatch(w -> w.at() == w.event().millis());
    }

    @Test
    void lateLinesComeWithinTheirBoundsAndNothingIsLost() {
        // 40 minutes of simulated time, so that lines held longest are released before the run ends
        List<SimEvent> generated = SimulationTest.run(5, 120_000, 0);
        Disorder disorder = disorder(0.2, 0.02, 0, 5);
        List<Written> written = write(generated, disorder);
        assertSameEvents(written, generated);

        long end = generated.get(generated.size() - 1).millis();
        int late = 0;
        int tooLate = 0;
        int lines = 0;
        for (Written w : written) {
            if (w.event().logLine() == null) {
                assertThat(w.at())
                        .as("no business disorder asked for")
                        .isEqualTo(w.event().millis());
                continue;
            }
            lines++;
            long delay = w.at() - w.event().millis();
            assertThat(delay).isNotNegative();
            if (delay >= TOO_LATE_MIN) {
                tooLate++;
                assertThat(delay).isLessThanOrEqualTo(TOO_LATE_MAX);
            } else if (delay > 0 && w.at() < end) {
                late++;
                assertThat(delay).isBetween(5_000L, LATE_MAX);
            }
        }
        assertThat(late).isBetween(lines * 15 / 100, lines * 25 / 100);
        assertThat(tooLate).isBetween(lines / 100, lines * 3 / 100);
        assertThat(disorder.lateLines()).isGreaterThanOrEqualTo(late + tooLate);
    }

    @Test
    void lateTransactionsCommitBehindLaterOnesButEachUserAndOrderKeepsItsOrder() {
        List<SimEvent> generated = SimulationTest.run(9, 20_000, 0);
        Disorder disorder = disorder(0, 0, 0.1, 9);
        List<Written> written = write(generated, disorder);
        assertSameEvents(written, generated);
        assertThat(disorder.lateTransactions()).isPositive();

        Map<SimEvent, Integer> generatedAt = new HashMap<>();
        for (int i = 0; i < generated.size(); i++) {
            generatedAt.put(generated.get(i), i);
        }
        Map<String, Integer> lastOf = new HashMap<>();
        long newestCommitted = Long.MIN_VALUE;
        int outOfOrder = 0;
        for (Written w : written) {
            ShopTransaction tx = w.event().transaction();
            if (tx == null) {
                continue;
            }
            int position = generatedAt.get(w.event());
            for (String entity : Disorder.touched(tx)) {
                Integer previous = lastOf.put(entity, position);
                assertThat(previous == null || previous < position)
                        .as(entity + " committed out of its own order")
                        .isTrue();
            }
            if (w.event().millis() < newestCommitted) {
                outOfOrder++;
            }
            newestCommitted = Math.max(newestCommitted, w.event().millis());
        }
        assertThat(outOfOrder).as("transactions committed behind later ones").isGreaterThan(100);
    }

    @Test
    void theSameSeedHoldsTheSameEvents() {
        List<SimEvent> generated = SimulationTest.run(3, 5000, 0);
        assertThat(write(generated, disorder(0.1, 0.01, 0.1, 3)))
                .isEqualTo(write(generated, disorder(0.1, 0.01, 0.1, 3)));
    }

    @Test
    void sharesAreChecked() {
        assertThatThrownBy(() -> disorder(0.8, 0.3, 0, 1))
                .hasMessageContaining("shares from 0 to 1");
        assertThatThrownBy(() -> new Disorder.Settings(0.1, 0, 0, 1000, 0, 0).any())
                .hasMessageContaining("--late-max");
    }
}
