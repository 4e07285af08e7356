package com.gmall.rtdw.runtime.config;

import java.util.function.Function;

/**
 * One setting: its key, how its text is parsed, its default (none means required) and a description
 * that names its unit (flink-cdc's option style). Secret settings are never printed.
 *
 * @param <T> the parsed type
 */
public final class ConfigOption<T> {
    private final String key;
    private final String typeName;
    private final Function<String, T> parser;
    private final String defaultText;
    private final String description;
    private final boolean secret;

    private ConfigOption(
            String key,
            String typeName,
            Function<String, T> parser,
            String defaultText,
            String description,
            boolean secret) {
        this.key = key;
        this.typeName = typeName;
        this.parser = parser;
        this.defaultText = defaultText;
        this.description = description;
        this.secret = secret;
    }

    /** A required text setting, taken exactly as written (a password may end in a blank). */
    public static ConfigOption<String> string(String key, String description) {
        return new ConfigOption<>(key, "text", Function.identity(), null, description, false);
    }

    /** A required whole-number setting (surrounding blanks ignored). */
    public static ConfigOption<Integer> integer(String key, String description) {
        return new ConfigOption<>(
                key, "integer", text -> Integer.valueOf(text.trim()), null, description, false);
    }

    /**
     * A required yes/no setting: {@code true} or {@code false}, nothing else (a typo must not mean
     * "no").
     */
    public static ConfigOption<Boolean> bool(String key, String description) {
        return new ConfigOption<>(
                key, "true or false", ConfigOption::parseBoolean, null, description, false);
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** The same setting with a default, so that it may be left out. */
    public ConfigOption<T> withDefault(String text) {
        return new ConfigOption<>(key, typeName, parser, text, description, secret);
    }

    /** The same setting, marked secret: its value never appears in messages or logs. */
    public ConfigOption<T> secret() {
        return new ConfigOption<>(key, typeName, parser, defaultText, description, true);
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return secret;
    }

    /** The default's text, or null when the setting is required. */
    public String defaultText() {
        return defaultText;
    }

    /**
     * The environment variable that overrides it: {@code clickhouse.password} is {@code
     * GMALL_CLICKHOUSE_PASSWORD}.
     */
    public String environmentVariable() {
        return "GMALL_"
                + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    T parse(String text) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw new ConfigException(
                    key + ": expected " + typeName + ", got '" + (secret ? "***" : text) + "'");
        }
    }
}
