package com.gmall.rtdw.codegen.model;

/**
 * A ClickHouse column type together with how the RowBinary writer encodes a Java field into it.
 * Only types that exist on ClickHouse 18.16 as well as on current releases.
 *
 * @param sql the type as written in DDL, e.g. {@code Decimal(16, 2)}
 * @param encoding the RowBinary encoding the writer uses
 * @param scale decimal scale (only for {@link Encoding#DECIMAL64})
 */
public record ClickHouseType(String sql, Encoding encoding, int scale) {

    /**
     * RowBinary encodings the generated writers know; each maps to one method of {@code
     * RowBinaryOutput}.
     */
    public enum Encoding {
        /** epoch millis (long) to DateTime: UInt32 seconds. */
        DATETIME_FROM_MILLIS("writeDateTimeFromMillis"),
        /** String, null written as "". */
        STRING("writeString"),
        /** Nullable(String). */
        NULLABLE_STRING("writeNullableString"),
        /** long to UInt64 (negative values rejected). */
        UINT64("writeUInt64"),
        /** long to Int64. */
        INT64("writeInt64"),
        /** int to Int32. */
        INT32("writeInt32"),
        /** double to Float64. */
        FLOAT64("writeFloat64"),
        /** BigDecimal to Decimal(p, s) with p at most 18: Int64 of the unscaled value. */
        DECIMAL64("writeDecimal64");

        private final String method;

        Encoding(String method) {
            this.method = method;
        }

        /** Name of the {@code RowBinaryOutput} method that writes this encoding. */
        public String method() {
            return method;
        }
    }
}
