package com.gmall.rtdw.codegen.load;

import org.apache.avro.LogicalType;
import org.apache.avro.Schema;

/** Small questions about Avro schemas that the loaders and writers share. */
public final class AvroShapes {
    private AvroShapes() {}

    /**
     * Whether the schema is a union of null and exactly one other type (our only kind of union).
     */
    public static boolean isNullable(Schema s) {
        return s.getType() == Schema.Type.UNION
                && s.getTypes().size() == 2
                && s.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL);
    }

    /** The non-null branch of a nullable union, or the schema itself. */
    public static Schema nonNull(Schema s) {
        if (!isNullable(s)) {
            return s;
        }
        return s.getTypes().stream()
                .filter(t -> t.getType() != Schema.Type.NULL)
                .findFirst()
                .orElseThrow();
    }

    /** Name of the schema's logical type, or null. */
    public static String logicalName(Schema s) {
        LogicalType t = s.getLogicalType();
        return t == null ? null : t.getName();
    }

    /** The JSON field name of a field: its {@code gmall.json} property, else its Avro name. */
    public static String jsonName(Schema.Field f) {
        String name = f.getProp("gmall.json");
        return name == null ? f.name() : name;
    }
}
