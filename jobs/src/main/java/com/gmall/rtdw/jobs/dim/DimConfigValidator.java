package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.runtime.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a {@code table_process} row before anything of it reaches Phoenix DDL (the reference
 * design concatenated it into SQL unchecked, defect D5): identifiers must follow {@link
 * Identifiers}, the key must be one of the columns (defect D7: otherwise the table would have no
 * primary key), columns must be unique, and {@code sink_extend} may only hold options from an
 * allow-list, each with a value of the expected form. Options that would let a config row weaken a
 * dimension table's durability or expire its rows are refused by name, with why: whoever can write
 * {@code table_process} must not be able to make the warehouse forget its dimensions.
 */
public final class DimConfigValidator {
    private static final Pattern OPTION =
            Pattern.compile("\\s*([A-Za-z_]+)\\s*=\\s*('[A-Za-z0-9_]+'|[A-Za-z0-9_]+)\\s*");

    /** Phoenix table options that change storage only, with the form of value each takes. */
    private static final Map<String, Pattern> ALLOWED_OPTIONS =
            Map.of(
                    "SALT_BUCKETS", Pattern.compile("[1-9][0-9]{0,2}"),
                    "VERSIONS", Pattern.compile("[1-9][0-9]{0,2}"),
                    "COMPRESSION", Pattern.compile("'(NONE|SNAPPY|GZ|LZ4|ZSTD)'"),
                    "IMMUTABLE_ROWS", Pattern.compile("TRUE|FALSE"),
                    "UPDATE_CACHE_FREQUENCY", Pattern.compile("[0-9]{1,10}|'ALWAYS'|'NEVER'"));

    /** Phoenix/HBase table options that lose data, with what each would do. */
    private static final Map<String, String> REFUSED_OPTIONS =
            Map.of(
                    "DISABLE_WAL",
                            "it turns off the write-ahead log, so a region server crash loses acknowledged rows",
                    "TTL",
                            "it expires rows, so a dimension that does not change for that long disappears");

    private DimConfigValidator() {}

    public static DimTable validate(TableProcess row) throws DimConfigException {
        String source = identifier("source_table", row.sourceTable).toLowerCase(Locale.ROOT);
        String sink = identifier("sink_table", row.sinkTable).toUpperCase(Locale.ROOT);
        if (row.sinkColumns == null || row.sinkColumns.isBlank()) {
            throw new DimConfigException("sink_columns is empty");
        }
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : row.sinkColumns.split(",", -1)) {
            String column = identifier("sink_columns entry", raw.trim()).toLowerCase(Locale.ROOT);
            if (!seen.add(column)) {
                throw new DimConfigException("sink_columns names '" + column + "' twice");
            }
            columns.add(column);
        }
        String pk =
                row.sinkPk == null || row.sinkPk.isBlank()
                        ? "id"
                        : identifier("sink_pk", row.sinkPk.trim()).toLowerCase(Locale.ROOT);
        if (!columns.contains(pk)) {
            throw new DimConfigException(
                    "sink_pk '"
                            + pk
                            + "' is not one of sink_columns "
                            + columns
                            + ": the Phoenix table would have no primary key");
        }
        return new DimTable(source, sink, columns, pk, options(row.sinkExtend));
    }

    private static String identifier(String field, String value) throws DimConfigException {
        if (value == null || !Identifiers.isValid(value.trim())) {
            throw new DimConfigException(
                    field
                            + " '"
                            + value
                            + "' is not a valid identifier ("
                            + Identifiers.VALID
                            + ")");
        }
        return value.trim();
    }

    /**
     * {@code SALT_BUCKETS = 4, TTL=86400} to {@code SALT_BUCKETS = 4, TTL = 86400}, or a reason to
     * refuse.
     */
    static String options(String extend) throws DimConfigException {
        if (extend == null || extend.isBlank()) {
            return "";
        }
        List<String> normalised = new ArrayList<>();
        for (String part : extend.split(",", -1)) {
            Matcher m = OPTION.matcher(part);
            if (!m.matches()) {
                throw new DimConfigException(
                        "sink_extend part '" + part.trim() + "' is not of the form NAME = value");
            }
            String name = m.group(1).toUpperCase(Locale.ROOT);
            String value = m.group(2).toUpperCase(Locale.ROOT);
            if (REFUSED_OPTIONS.containsKey(name)) {
                throw new DimConfigException(
                        "sink_extend option " + name + " is refused: " + REFUSED_OPTIONS.get(name));
            }
            Pattern form = ALLOWED_OPTIONS.get(name);
            if (form == null) {
                throw new DimConfigException(
                        "sink_extend option "
                                + name
                                + " is not allowed (allowed: "
                                + String.join(
                                        ", ", new java.util.TreeSet<>(ALLOWED_OPTIONS.keySet()))
                                + ")");
            }
            if (!form.matcher(value).matches()) {
                throw new DimConfigException(
                        "sink_extend option " + name + " has an invalid value " + m.group(2));
            }
            normalised.add(name + " = " + value);
        }
        return String.join(", ", normalised);
    }
}
