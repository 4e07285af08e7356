package com.gmall.rtdw.check;

import com.gmall.rtdw.cli.CheckOptions;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.sim.ShopJournal;
import com.gmall.rtdw.stack.StackSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code bin/gmall check}: recalculates every DWS table from what the shop wrote (the simulator's
 * journal and the app log files) and the shop database, with {@link ExpectedDws} (no code of the
 * warehouse's), and compares it with ClickHouse row by row, day by day.
 */
public final class CheckCommand {

    private CheckCommand() {}

    /**
     * @return whether every day checked is the same
     */
    /**
     * Compares the days {@code options} asks for (all the calculation has, by default); true when
     * all are the same.
     */
    public static boolean run(StackSettings settings, CheckOptions options, PrintStream out)
            throws Exception {
        TreeSet<LocalDate> asked = new TreeSet<>(options.days);
        ZoneId zone = settings.config().timeZone();
        List<ExpectedDws.Business> business = new ArrayList<>();
        for (ShopJournal.Entry e : ShopJournal.read(settings.work("shop"))) {
            business.add(new ExpectedDws.Business(e.millis(), e.transaction()));
        }
        List<String> logLines = logLines(settings.work("applog"));
        out.printf(
                "check: %,d shop transactions, %,d app log lines%n",
                business.size(), logLines.size());
        Map<String, List<Map<String, String>>> expected;
        try (Connection shop =
                DriverManager.getConnection(
                        settings.shopJdbcUrl(),
                        settings.config().get(GmallOptions.MYSQL_READER_USER),
                        settings.config().get(GmallOptions.MYSQL_READER_PASSWORD))) {
            expected =
                    ExpectedDws.compute(
                            business,
                            logLines,
                            new JdbcShopHistory(shop, zone),
                            zone,
                            settings.config().get(GmallOptions.DWS_WINDOW_SECONDS) * 1000L);
        }
        TreeSet<LocalDate> days = asked.isEmpty() ? daysOf(expected, zone) : asked;
        WarehouseRows warehouse = new WarehouseRows(settings.config().clickHouse());
        boolean same = true;
        for (LocalDate day : days) {
            long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
            long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            Map<String, List<Map<String, String>>> want =
                    ExpectedDws.restrictTo(expected, from, to);
            String differences = WarehouseRows.differences(want, warehouse.read(from, to));
            long rows = want.values().stream().mapToLong(List::size).sum();
            if (differences.isEmpty()) {
                out.printf("check: %s: the same, %,d rows in 10 tables%n", day, rows);
            } else {
                same = false;
                out.printf(
                        "check: %s: DIFFERENT (of %,d calculated rows)%n%s",
                        day, rows, differences);
            }
        }
        return same;
    }

    /**
     * Every line of the app log files, file by file in name (hour) order, each in the order
     * written.
     */
    static List<String> logLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return lines;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files =
                    listed.filter(p -> p.getFileName().toString().matches("app\\.\\d{10}\\.log"))
                            .sorted()
                            .toList();
        }
        for (Path file : files) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static TreeSet<LocalDate> daysOf(
            Map<String, List<Map<String, String>>> tables, ZoneId zone) {
        TreeSet<LocalDate> days = new TreeSet<>();
        tables.values()
                .forEach(
                        rows ->
                                rows.forEach(
                                        r ->
                                                days.add(
                                                        Instant.ofEpochMilli(
                                                                        Long.parseLong(
                                                                                r.get("stt")))
                                                                .atZone(zone)
                                                                .toLocalDate())));
        return days;
    }
}
