package com.gmall.rtdw.codegen.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Checks that a schema only uses what its wire's generated code supports, so an unsupported shape
 * is a model error naming the field instead of generated code that does not compile. Both wires
 * take records, unions of null and one type, string, int, long, boolean, double, enums and arrays;
 * the JSON wire adds maps of (nullable) strings (which hold any JSON scalar as text) and
 * timestamp-millis; the Avro wire adds decimals, timestamp-millis and dates.
 */
final class WireCheck {
    private static final Set<Schema.Type> COMMON =
            Set.of(
                    Schema.Type.STRING,
                    Schema.Type.INT,
                    Schema.Type.LONG,
                    Schema.Type.BOOLEAN,
                    Schema.Type.DOUBLE,
                    Schema.Type.ENUM,
                    Schema.Type.RECORD,
                    Schema.Type.ARRAY);

    private final ErrorCollector errors;
    private final String wire;
    private final boolean maps;
    private final Set<String> logicalTypes;
    private final Set<String> visited = new HashSet<>();

    private WireCheck(ErrorCollector errors, String wire, boolean maps, Set<String> logicalTypes) {
        this.errors = errors;
        this.wire = wire;
        this.maps = maps;
        this.logicalTypes = logicalTypes;
    }

    static WireCheck json(ErrorCollector errors) {
        return new WireCheck(errors, "the JSON wire", true, Set.of("LONG timestamp-millis"));
    }

    static WireCheck avro(ErrorCollector errors) {
        return new WireCheck(
                errors,
                "the avro wire codec",
                false,
                Set.of("BYTES decimal", "LONG timestamp-millis", "INT date"));
    }

    void check(Schema record, String where) {
        if (!visited.add(record.getFullName())) {
            return;
        }
        for (Schema.Field f : record.getFields()) {
            checkType(f.schema(), where + ", field " + f.name());
        }
    }

    private void checkType(Schema s, String where) {
        if (s.getType() == Schema.Type.UNION) {
            if (AvroShapes.isNullable(s)) {
                checkType(AvroShapes.nonNull(s), where);
            } else {
                errors.add(where, wire + " supports only unions of null and one type, not " + s);
            }
            return;
        }
        String logical = AvroShapes.logicalName(s);
        if (logical != null) {
            if (!logicalTypes.contains(s.getType() + " " + logical)) {
                errors.add(
                        where,
                        wire + " does not support logical type " + logical + " on " + s.getType());
            }
            return;
        }
        if (maps && s.getType() == Schema.Type.MAP) {
            if (AvroShapes.nonNull(s.getValueType()).getType() != Schema.Type.STRING) {
                errors.add(
                        where,
                        wire
                                + " supports maps of (nullable) strings only, not of "
                                + AvroShapes.nonNull(s.getValueType()).getType());
            }
            return;
        }
        if (!COMMON.contains(s.getType())) {
            errors.add(where, wire + " does not support type " + s.getType());
            return;
        }
        switch (s.getType()) {
            case RECORD -> check(s, where);
            case ARRAY -> {
                Schema.Type item = AvroShapes.nonNull(s.getElementType()).getType();
                if (item == Schema.Type.ARRAY || item == Schema.Type.MAP) {
                    errors.add(
                            where,
                            wire
                                    + " does not support arrays of "
                                    + item
                                    + "s; wrap the inner one in a record");
                } else {
                    checkType(s.getElementType(), where + "[]");
                }
            }
            case ENUM -> checkEnumWireNames(s, where);
            default -> {}
        }
    }

    private void checkEnumWireNames(Schema s, String where) {
        Object names = s.getObjectProp("gmall.json");
        if (names != null
                && (!(names instanceof List<?> list) || list.size() != s.getEnumSymbols().size())) {
            errors.add(
                    where,
                    "enum "
                            + s.getName()
                            + ": \"gmall.json\" must list one wire name per symbol ("
                            + s.getEnumSymbols().size()
                            + ")");
        }
    }
}
