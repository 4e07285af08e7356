package com.gmall.rtdw.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One day on the shop's clock ({@code warehouse.time-zone}) as the epoch seconds it spans: the
 * report's queries compare window starts with these numbers, so no date text reaches SQL.
 *
 * @param date the day
 * @param zone the shop's zone
 * @param startSecond its first second
 * @param endSecond the first second of the next day
 */
public record ShopDay(LocalDate date, ZoneId zone, long startSecond, long endSecond) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    public static ShopDay of(LocalDate date, ZoneId zone) {
        return new ShopDay(
                date,
                zone,
                date.atStartOfDay(zone).toEpochSecond(),
                date.plusDays(1).atStartOfDay(zone).toEpochSecond());
    }

    /** {@code epochSecond} on the shop's clock, e.g. {@code 14:05:10}. */
    String clock(long epochSecond) {
        return CLOCK.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    /** {@code WHERE} condition on a table's window start: the windows that began this day. */
    String windows() {
        return " WHERE stt >= toDateTime("
                + startSecond
                + ") AND stt < toDateTime("
                + endSecond
                + ")";
    }
}
