package com.gmall.rtdw.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic rows for any DWS definition class, for tests only (reflection is fine here;
 * generated code never uses it). The window start is unique per row, so every row has its own ORDER
 * BY key; strings of Nullable columns are null in about one row of ten.
 */
public final class DwsRows {
    /** 2023-11-14 22:13:20 UTC, a whole second. */
    private static final long BASE_MILLIS = 1_700_000_000_000L;

    private static final String[] TEXT = {
        "小米", "手机", "Apple", "iPhone 15 Pro", "口红", "", "a'b\"c\\d\te"
    };

    private DwsRows() {}

    /**
     * @param columnTypes column name to ClickHouse type, as the server reports them
     */
    public static <T> List<T> generate(
            Class<T> type, int count, long seed, Map<String, String> columnTypes) {
        Random random = new Random(seed);
        List<T> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            T row = newInstance(type);
            for (Field f : columnFields(type, columnTypes)) {
                set(f, row, value(f, i, random, columnTypes.get(snakeCase(f.getName()))));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The public fields that are table columns (matched by snake_case name), in declaration order.
     */
    public static List<Field> columnFields(Class<?> type, Map<String, String> columnTypes) {
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers())
                    && columnTypes.containsKey(snakeCase(f.getName()))) {
                fields.add(f);
            }
        }
        return fields;
    }

    public static String snakeCase(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static Object value(Field f, int i, Random random, String chType) {
        String name = f.getName();
        Class<?> t = f.getType();
        if (t == long.class) {
            return switch (name) {
                case "stt" -> BASE_MILLIS + i * 1000L;
                case "edt" -> BASE_MILLIS + i * 1000L + 10_000L;
                case "ts" -> BASE_MILLIS + 1_000_000_000L + random.nextInt(1000);
                default ->
                        chType.startsWith("UInt")
                                ? random.nextLong() & Long.MAX_VALUE
                                : random.nextLong();
            };
        }
        if (t == int.class) {
            return random.nextInt();
        }
        if (t == double.class) {
            return random.nextDouble() * 1e6;
        }
        if (t == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextLong() % 100_000_000_000_000L, 2);
        }
        if (t == String.class) {
            if (chType.startsWith("Nullable") && random.nextInt(10) == 0) {
                return null;
            }
            return TEXT[random.nextInt(TEXT.length)] + random.nextInt(100_000);
        }
        throw new IllegalArgumentException("no sample for " + t + " " + name);
    }

    private static <T> T newInstance(Class<T> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(Field f, Object row, Object value) {
        try {
            f.set(row, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
