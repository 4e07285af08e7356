package com.gmall.rtdw.sim;

import com.gmall.rtdw.serde.ods.AppLogJsonEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

/**
 * The whole simulated shop: each step moves the simulated clock on and yields one event, a business
 * transaction or an app log line (about one in three is business). With {@code badLines > 0} that
 * share of log lines is replaced by malformed text (not JSON, cut short, a wrong type), for
 * dead-letter tests. Pure and deterministic.
 */
final class Simulation {
    private static final int BUSINESS_SHARE_PERCENT = 35;

    private final Random random;
    private final SimClock clock;
    private final Shop shop;
    private final AppSessions app;
    private final double badLines;

    Simulation(SimOptions options, Catalogue catalogue, ShopState state, ZoneId zone) {
        this.random = new Random(options.seed());
        this.clock = new SimClock(options.start(), 1000.0 / options.rate(), zone);
        this.shop = new Shop(options.seed() * 31 + 1, catalogue, state, clock, options.users());
        this.app =
                new AppSessions(
                        options.seed(),
                        clock,
                        zone,
                        Math.max(20, options.users() * 13 / 10),
                        state,
                        catalogue);
        this.badLines = options.badLines();
    }

    /** The next event. */
    SimEvent next() {
        clock.tick();
        if (random.nextInt(100) < BUSINESS_SHARE_PERCENT) {
            return SimEvent.business(shop.next(), clock.millis());
        }
        String line = new String(AppLogJsonEncoder.encode(app.next()), StandardCharsets.UTF_8);
        if (badLines > 0 && random.nextDouble() < badLines) {
            return SimEvent.log(malformed(line), clock.millis(), true);
        }
        return SimEvent.log(line, clock.millis(), false);
    }

    Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private String malformed(String line) {
        return switch (random.nextInt(3)) {
            case 0 -> "not json: " + line.substring(0, Math.min(20, line.length()));
            case 1 -> line.substring(0, line.length() / 2);
            // the event's own ts is the last field (actions before it have theirs)
            default -> line.replaceFirst("\"ts\":\\d+}$", "\"ts\":\"yesterday\"}");
        };
    }
}
