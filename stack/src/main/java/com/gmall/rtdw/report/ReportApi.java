package com.gmall.rtdw.report;

import com.gmall.rtdw.report.ReportPanels.DeadLetters;
import com.gmall.rtdw.report.ReportPanels.Health;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The JSON API's panels by name: what each {@code /api/<panel>} answers. */
final class ReportApi {
    static final List<String> PANELS =
            List.of(
                    "trade",
                    "provinces",
                    "spus",
                    "funnel",
                    "traffic",
                    "keywords",
                    "users",
                    "health");

    private final ReportQueries queries;
    private final Clock clock;
    private final ReportServer.DeadLetterSource deadLetters;

    ReportApi(ReportQueries queries, Clock clock, ReportServer.DeadLetterSource deadLetters) {
        this.queries = queries;
        this.clock = clock;
        this.deadLetters = deadLetters;
    }

    /** The panel called {@code name} for {@code day}; null when there is none. */
    Object panel(String name, ShopDay day) throws Exception {
        return switch (name) {
            case "trade" -> queries.trade(day);
            case "provinces" -> queries.provinces(day);
            case "spus" -> queries.spus(day);
            case "funnel" -> queries.funnel(day);
            case "traffic" -> queries.traffic(day);
            case "keywords" -> queries.keywords(day);
            case "users" -> queries.users(day);
            case "health" -> health();
            default -> null;
        };
    }

    private Health health() throws Exception {
        List<DeadLetters> letters = new ArrayList<>();
        deadLetters.counts().forEach((topic, n) -> letters.add(new DeadLetters(topic, n)));
        return new Health(queries.freshness(clock.millis() / 1000), letters);
    }
}
