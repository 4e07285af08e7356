package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's generated DDL file, read: its {@code CREATE TABLE} statement and the {@code ALTER TABLE
 * ... ADD COLUMN} lines of the columns added since it first went live, with the shop's zone put in
 * place of {@link #TIME_ZONE_PLACEHOLDER}.
 */
public final class TableDdl {
    /**
     * Stands for the shop's zone in the generated DDL (the code generator writes the same text).
     */
    public static final String TIME_ZONE_PLACEHOLDER = "{warehouse.time-zone}";

    /**
     * A zone that may reach DDL text: a region name ({@code Asia/Shanghai}), {@code UTC}, or an
     * {@code Etc/GMT-8} form. Java also knows offsets such as {@code +08:00}, which ClickHouse does
     * not.
     */
    private static final Pattern ZONE_NAME =
            Pattern.compile("[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*");

    private static final Pattern ADD_COLUMN =
            Pattern.compile("ALTER TABLE \\w+ ADD COLUMN (\\w+) .*;");

    /**
     * One added column.
     *
     * @param column its name
     * @param statement the ALTER statement that adds it, zone filled in
     */
    public record AddedColumn(String column, String statement) {}

    private final String resource;
    private final String table;
    private final String create;
    private final List<String> migrations;

    private TableDdl(String resource, String table, String create, List<String> migrations) {
        this.resource = resource;
        this.table = table;
        this.create = create;
        this.migrations = migrations;
    }

    /** Reads the classpath resource {@code resource}, the DDL of {@code table}. */
    static TableDdl read(String resource, String table) {
        StringBuilder create = new StringBuilder();
        List<String> migrations = new ArrayList<>();
        boolean created = false;
        for (String line : text(resource).split("\n")) {
            if (line.startsWith("ALTER TABLE ")) {
                migrations.add(line);
            } else if (!created) {
                create.append(line).append('\n');
                created = line.startsWith("ORDER BY");
            }
        }
        return new TableDdl(resource, table, create.toString(), List.copyOf(migrations));
    }

    /** The CREATE statement for a table called {@code asName}, window times in {@code zone}. */
    String create(String asName, ZoneId zone) {
        Identifiers.require("table", asName);
        String head = "CREATE TABLE IF NOT EXISTS " + table + "\n";
        if (!create.contains(head)) {
            throw new IllegalStateException(resource + " does not hold `" + head.strip() + "`");
        }
        return create.replace(head, "CREATE TABLE IF NOT EXISTS " + asName + "\n")
                .replace(TIME_ZONE_PLACEHOLDER, zoneName(zone));
    }

    List<AddedColumn> addedColumns(ZoneId zone) {
        List<AddedColumn> added = new ArrayList<>();
        for (String line : migrations) {
            Matcher m = ADD_COLUMN.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(resource + ": unexpected migration `" + line + "`");
            }
            added.add(
                    new AddedColumn(
                            m.group(1), line.replace(TIME_ZONE_PLACEHOLDER, zoneName(zone))));
        }
        return added;
    }

    /** The type of the window columns ({@code stt}, {@code edt}) in {@code zone}. */
    public static String windowType(ZoneId zone) {
        return "DateTime('" + zoneName(zone) + "')";
    }

    private static String zoneName(ZoneId zone) {
        String name = zone.getId();
        if (zone instanceof ZoneOffset || !ZONE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "time zone '"
                            + name
                            + "' cannot be declared in ClickHouse DDL; give a region name such as"
                            + " Asia/Shanghai, or UTC");
        }
        return name;
    }

    private static String text(String resource) {
        try (InputStream in = TableDdl.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "DDL resource " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
