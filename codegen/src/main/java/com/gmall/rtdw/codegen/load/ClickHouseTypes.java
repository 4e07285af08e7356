package com.gmall.rtdw.codegen.load;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.model.ClickHouseType;
import com.gmall.rtdw.codegen.model.ClickHouseType.Encoding;
import com.gmall.rtdw.codegen.model.ColumnRole;

/**
 * Maps a DWS field (its Java type as written, its role, its {@code @Decimal}) to a ClickHouse
 * column type, one method per role, as flink-cdc's type transformers do. Returns null and reports
 * when there is no mapping.
 */
final class ClickHouseTypes {
    /** Largest Decimal precision whose unscaled value fits the Int64 the writer sends. */
    static final int MAX_DECIMAL_PRECISION = 18;

    private final ErrorCollector errors;

    ClickHouseTypes(ErrorCollector errors) {
        this.errors = errors;
    }

    ClickHouseType map(FieldSource f, String where) {
        if (f.decimal() != null && !isBigDecimal(f.javaType())) {
            errors.add(where, "@Decimal applies to BigDecimal fields only, not " + f.javaType());
            return null;
        }
        return switch (f.role()) {
            case WINDOW_START, WINDOW_END -> window(f, where);
            case VERSION -> version(f, where);
            case DIMENSION -> dimension(f, where);
            case ATTRIBUTE -> attribute(f, where);
            case MEASURE -> measure(f, where);
            case EXCLUDED -> null;
        };
    }

    private ClickHouseType window(FieldSource f, String where) {
        if (f.javaType().equals("long")) {
            // in the shop's zone, so that every client shows window times as the shop reads them
            // and toYYYYMMDD(stt) partitions by the shop's days; stored as UTC seconds either way
            return new ClickHouseType(
                    "DateTime('" + Naming.TIME_ZONE_PLACEHOLDER + "')",
                    Encoding.DATETIME_FROM_MILLIS,
                    0);
        }
        errors.add(
                where,
                "@"
                        + f.role().annotation()
                        + " must be a long of epoch milliseconds, not "
                        + f.javaType());
        return null;
    }

    private ClickHouseType version(FieldSource f, String where) {
        if (f.javaType().equals("long")) {
            return new ClickHouseType("UInt64", Encoding.UINT64, 0);
        }
        errors.add(
                where,
                "@Version must be a long (epoch milliseconds of emission), not " + f.javaType());
        return null;
    }

    private ClickHouseType dimension(FieldSource f, String where) {
        return switch (f.javaType()) {
            case "String", "java.lang.String" -> new ClickHouseType("String", Encoding.STRING, 0);
            case "long" -> new ClickHouseType("Int64", Encoding.INT64, 0);
            case "int" -> new ClickHouseType("Int32", Encoding.INT32, 0);
            default -> unsupported(f, where, "String, long or int");
        };
    }

    private ClickHouseType attribute(FieldSource f, String where) {
        return switch (f.javaType()) {
            case "String", "java.lang.String" ->
                    new ClickHouseType("Nullable(String)", Encoding.NULLABLE_STRING, 0);
            case "long" -> new ClickHouseType("Int64", Encoding.INT64, 0);
            case "int" -> new ClickHouseType("Int32", Encoding.INT32, 0);
            default -> unsupported(f, where, "String, long or int");
        };
    }

    private ClickHouseType measure(FieldSource f, String where) {
        if (isBigDecimal(f.javaType())) {
            return decimal(f, where);
        }
        return switch (f.javaType()) {
            case "long" -> new ClickHouseType("UInt64", Encoding.UINT64, 0);
            case "double" -> new ClickHouseType("Float64", Encoding.FLOAT64, 0);
            default -> unsupported(f, where, "long, double or BigDecimal with @Decimal");
        };
    }

    private ClickHouseType decimal(FieldSource f, String where) {
        if (f.decimal() == null) {
            errors.add(where, "a BigDecimal measure needs @Decimal(precision = ..., scale = ...)");
            return null;
        }
        int p = f.decimal()[0];
        int s = f.decimal()[1];
        if (p < 1 || p > MAX_DECIMAL_PRECISION || s < 0 || s > p) {
            errors.add(
                    where,
                    "@Decimal(precision = "
                            + p
                            + ", scale = "
                            + s
                            + ") is out of range: precision 1 to "
                            + MAX_DECIMAL_PRECISION
                            + " (the writer sends an Int64), scale 0 to precision");
            return null;
        }
        return new ClickHouseType("Decimal(" + p + ", " + s + ")", Encoding.DECIMAL64, s);
    }

    private ClickHouseType unsupported(FieldSource f, String where, String allowed) {
        errors.add(
                where,
                "a @"
                        + f.role().annotation()
                        + " of Java type "
                        + f.javaType()
                        + " has no ClickHouse type; use "
                        + allowed);
        return null;
    }

    private static boolean isBigDecimal(String javaType) {
        return javaType.equals("BigDecimal") || javaType.equals("java.math.BigDecimal");
    }

    /** What the reader found for one field, before mapping. */
    record FieldSource(
            String name,
            String javaType,
            ColumnRole role,
            int[] decimal,
            String columnOverride,
            int line) {}
}
