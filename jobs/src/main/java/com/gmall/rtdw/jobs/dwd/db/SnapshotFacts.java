package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.runtime.config.ConfigException;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Which rows of OdsDbApp's snapshot ({@code bootstrap-insert}) are facts ({@code
 * dwd.snapshot-facts-from}). A warehouse started on a running shop finds the day's orders, payments
 * and cart additions in the snapshot, not in the binlog; they count when their fact time is on or
 * after the start of the configured period (by default the day the row was read, in {@code
 * warehouse.time-zone}). Flink CDC hands over from the snapshot to the binlog without a gap or an
 * overlap, so each fact comes once, from one or the other.
 */
public final class SnapshotFacts implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TODAY = "today";
    static final String NONE = "none";

    private final ZoneId zone;

    /**
     * The fixed start in epoch milliseconds, or null: "today" (then {@link #none} says whether none
     * count).
     */
    private final Long fromMillis;

    private final boolean none;

    private SnapshotFacts(ZoneId zone, Long fromMillis, boolean none) {
        this.zone = zone;
        this.fromMillis = fromMillis;
        this.none = none;
    }

    public static SnapshotFacts of(GmallConfig config) {
        return parse(config.get(GmallOptions.DWD_SNAPSHOT_FACTS_FROM), config.timeZone());
    }

    /**
     * @throws ConfigException for a value that is neither keyword, date nor date-time
     */
    public static SnapshotFacts parse(String value, ZoneId zone) {
        String v = value.trim();
        if (v.equals(TODAY)) {
            return new SnapshotFacts(zone, null, false);
        }
        if (v.equals(NONE)) {
            return new SnapshotFacts(zone, null, true);
        }
        try {
            LocalDateTime from =
                    v.contains("T") ? LocalDateTime.parse(v) : LocalDate.parse(v).atStartOfDay();
            return new SnapshotFacts(zone, from.atZone(zone).toInstant().toEpochMilli(), false);
        } catch (DateTimeParseException e) {
            throw new ConfigException(
                    GmallOptions.DWD_SNAPSHOT_FACTS_FROM.key()
                            + ": '"
                            + value
                            + "' is not "
                            + "'today', 'none', a date (yyyy-MM-dd) or a date-time (yyyy-MM-ddTHH:mm[:ss])");
        }
    }

    /**
     * Whether a snapshot row whose final state shows a fact at {@code factTime} (null: it shows
     * none) counts.
     *
     * @param readAtSeconds when the snapshot read the row (its {@code ts}), epoch seconds
     */
    public boolean counts(Instant factTime, long readAtSeconds) {
        if (none || factTime == null) {
            return false;
        }
        long from =
                fromMillis != null
                        ? fromMillis
                        : Instant.ofEpochSecond(readAtSeconds)
                                .atZone(zone)
                                .toLocalDate()
                                .atStartOfDay(zone)
                                .toInstant()
                                .toEpochMilli();
        return factTime.toEpochMilli() >= from;
    }
}
