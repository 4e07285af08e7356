package com.gmall.rtdw.runtime.config;

import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The jobs' configuration: a properties file ({@code conf/local.properties}, or the file given with
 * {@code --conf}), each key overridable by its environment variable. Loading fails at once on an
 * unknown key, a missing required key or a value of the wrong type, listing what is valid, so a
 * typo never becomes a silently ignored setting.
 */
public final class GmallConfig {
    /**
     * Keys of earlier versions, with what replaced them, so that an old file fails with the way
     * forward.
     */
    private static final Map<String, String> RENAMED =
            Map.of(
                    "mysql.user",
                            "split into mysql.cdc.user and mysql.reader.user, each with the least privileges it needs",
                    "mysql.password", "split into mysql.cdc.password and mysql.reader.password");

    private final Map<String, String> values;
    private final String source;

    private GmallConfig(Map<String, String> values, String source) {
        this.values = values;
        this.source = source;
    }

    /** Loads a file with overrides from the process environment. */
    public static GmallConfig load(Path file) {
        return load(file, System.getenv());
    }

    /** Loads a file with overrides from {@code environment}. */
    public static GmallConfig load(Path file, Map<String, String> environment) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration " + file, e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return of(values, environment, file.toString());
    }

    /** Builds a configuration from key/value pairs (tests, programmatic use). */
    public static GmallConfig of(
            Map<String, String> settings, Map<String, String> environment, String source) {
        Map<String, String> values = new TreeMap<>(settings);
        List<String> problems = new ArrayList<>();
        TreeSet<String> known = new TreeSet<>();
        GmallOptions.all().forEach(o -> known.add(o.key()));
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                problems.add(
                        "unknown key '"
                                + key
                                + "'"
                                + (RENAMED.containsKey(key) ? " (" + RENAMED.get(key) + ")" : ""));
            }
        }
        problems.addAll(unknownOverrides(environment));
        for (ConfigOption<?> option : GmallOptions.all()) {
            String fromEnv = environment.get(option.environmentVariable());
            if (fromEnv != null) {
                values.put(option.key(), fromEnv);
            }
            if (!values.containsKey(option.key()) && option.defaultText() == null) {
                problems.add(
                        "missing required key '"
                                + option.key()
                                + "' ("
                                + option.description()
                                + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(
                    "configuration "
                            + source
                            + ": "
                            + String.join("; ", problems)
                            + ". Valid keys: "
                            + String.join(", ", known));
        }
        GmallConfig config = new GmallConfig(values, source);
        GmallOptions.all().forEach(config::get);
        config.timeZone();
        KafkaClientProperties.of(config);
        RedisEndpoint.of(config);
        return config;
    }

    /**
     * Environment variables that look like an override of a known group ({@code
     * GMALL_CLICKHOUSE_...}) but match no setting: a typo there would otherwise be ignored without
     * a word. Other {@code GMALL_} variables (the command line's own, like GMALL_HOME) are not
     * configuration and are left alone.
     */
    private static List<String> unknownOverrides(Map<String, String> environment) {
        TreeSet<String> valid = new TreeSet<>();
        TreeSet<String> groups = new TreeSet<>();
        for (ConfigOption<?> option : GmallOptions.all()) {
            valid.add(option.environmentVariable());
            String group = option.environmentVariable();
            groups.add(group.substring(0, group.indexOf('_', "GMALL_".length()) + 1));
        }
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(environment.keySet())) {
            if (!valid.contains(name) && groups.stream().anyMatch(name::startsWith)) {
                problems.add(
                        "unknown environment override "
                                + name
                                + " (valid: "
                                + String.join(", ", valid)
                                + ")");
            }
        }
        return problems;
    }

    /** This configuration with one setting changed (validated as a whole again). */
    public GmallConfig with(String key, String value) {
        Map<String, String> changed = new TreeMap<>(values);
        changed.put(key, value);
        return of(changed, Map.of(), source + " with " + key + "=" + value);
    }

    /** The value of a setting, parsed. */
    public <T> T get(ConfigOption<T> option) {
        String text = values.getOrDefault(option.key(), option.defaultText());
        return option.parse(text);
    }

    /** The configured warehouse time zone. */
    public ZoneId timeZone() {
        String zone = get(GmallOptions.TIME_ZONE);
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ConfigException(
                    GmallOptions.TIME_ZONE.key() + ": unknown time zone '" + zone + "'");
        }
    }

    /** Where and as whom the DWS writers reach ClickHouse. */
    public ClickHouseEndpoint clickHouse() {
        return new ClickHouseEndpoint(
                get(GmallOptions.CLICKHOUSE_URL),
                get(GmallOptions.CLICKHOUSE_DATABASE),
                get(GmallOptions.CLICKHOUSE_USER),
                get(GmallOptions.CLICKHOUSE_PASSWORD));
    }

    /** The settings with secrets masked, for logs. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        for (ConfigOption<?> option : GmallOptions.all()) {
            String value = values.getOrDefault(option.key(), option.defaultText());
            shown.put(option.key(), option.isSecret() && !value.isEmpty() ? "***" : value);
        }
        return "GmallConfig" + shown + " from " + source;
    }
}
