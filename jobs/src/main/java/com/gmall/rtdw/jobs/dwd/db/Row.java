package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.model.ods.DbChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/**
 * One business row of a {@code topic_db} change, read as typed values: every value arrives as text,
 * date-times as the shop's local {@code yyyy-MM-dd HH:mm:ss}, read in the one warehouse zone
 * (defect G5). A missing or malformed required value is a {@link BadRow} naming the table, column
 * and value.
 */
public final class Row {
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DbChange change;
    private final ZoneId zone;
    private final Function<String, String> dictionary;

    public Row(DbChange change, ZoneId zone) {
        this(change, zone, code -> null);
    }

    /**
     * @param dictionary {@code base_dic}: a code's name, or null for an unknown code
     */
    public Row(DbChange change, ZoneId zone, Function<String, String> dictionary) {
        this.change = change;
        this.zone = zone;
        this.dictionary = dictionary;
    }

    /**
     * The {@code base_dic} name of a code, or null when the code is null or not (yet) in the
     * dictionary.
     */
    public String dictionaryName(String code) {
        return code == null ? null : dictionary.apply(code);
    }

    /** A decimal column at the scale of its DWD field (Avro decimals need the exact scale). */
    public BigDecimal optionalDecimal(String column, int scale) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).setScale(scale, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(column, "is not a decimal of scale " + scale + ": '" + text + "'");
        }
    }

    public Instant optionalTime(String column) {
        return text(column) == null ? null : requiredTime(column);
    }

    public DbChange change() {
        return change;
    }

    /** The value after the change, or null. */
    public String text(String column) {
        return change.getData().get(column);
    }

    /** The value before the change when the change altered it (Maxwell's {@code old}), or null. */
    public String old(String column) {
        return change.getOld() == null ? null : change.getOld().get(column);
    }

    /**
     * Whether the change is an update that set {@code column} to {@code value} (a transition, not a
     * repeat).
     */
    public boolean changedTo(String column, String value) {
        return change.getType() == com.gmall.rtdw.model.common.ChangeType.update
                && changed(column)
                && value.equals(text(column));
    }

    /** Whether the change altered {@code column}. */
    public boolean changed(String column) {
        return change.getOld() != null && change.getOld().containsKey(column);
    }

    /** A decimal column that must be there, at the scale of its DWD field. */
    public BigDecimal requiredDecimal(String column, int scale) {
        BigDecimal value = optionalDecimal(column, scale);
        if (value == null) {
            throw bad(column, "is missing");
        }
        return value;
    }

    public long requiredLong(String column) {
        Long value = optionalLong(column);
        if (value == null) {
            throw bad(column, "is missing");
        }
        return value;
    }

    public Long optionalLong(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw bad(column, "is not a whole number: '" + text + "'");
        }
    }

    /** A local date-time of the shop as an instant. */
    public Instant requiredTime(String column) {
        String text = text(column);
        if (text == null) {
            throw bad(column, "is missing");
        }
        try {
            return LocalDateTime.parse(text, DATETIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(column, "is not a yyyy-MM-dd HH:mm:ss date-time: '" + text + "'");
        }
    }

    /** The warehouse-zone day of an instant. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private BadRow bad(String column, String problem) {
        return new BadRow(change.getTable() + "." + column + " " + problem);
    }

    /** A row that does not have what its fact needs. */
    public static final class BadRow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRow(String message) {
            super(message);
        }
    }

    /** Unmodifiable view of the data, for messages. */
    Map<String, String> data() {
        return change.getData();
    }
}
