package com.gmall.rtdw.codegen.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Checks that a JSON-wire schema only uses what the generated JSON decoder and encoder support: records, nullable
 * unions, string, int, long (plain or timestamp-millis), boolean, double, enums, arrays, and maps of (nullable)
 * strings, which hold any JSON scalar as its text.
 */
final class JsonWireCheck {
    private final ErrorCollector errors;
    private final Set<String> visited = new HashSet<>();

    JsonWireCheck(ErrorCollector errors) {
        this.errors = errors;
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
            if (!AvroShapes.isNullable(s)) {
                errors.add(where, "the JSON wire supports only unions of null and one type, not " + s);
                return;
            }
            checkType(AvroShapes.nonNull(s), where);
            return;
        }
        String logical = AvroShapes.logicalName(s);
        if (logical != null && !logical.equals("timestamp-millis")) {
            errors.add(where, "the JSON wire does not support logical type " + logical);
            return;
        }
        switch (s.getType()) {
            case RECORD -> check(s, where);
            case ARRAY -> checkType(s.getElementType(), where + "[]");
            case MAP -> {
                Schema.Type values = AvroShapes.nonNull(s.getValueType()).getType();
                if (values != Schema.Type.STRING) {
                    errors.add(where, "the JSON wire supports maps of (nullable) strings only, not of " + values);
                }
            }
            case STRING, INT, LONG, BOOLEAN, DOUBLE -> { }
            case ENUM -> checkEnum(s, where);
            default -> errors.add(where, "the JSON wire does not support type " + s.getType());
        }
    }

    private void checkEnum(Schema s, String where) {
        Object names = s.getObjectProp("gmall.json");
        if (names == null) {
            return;
        }
        if (!(names instanceof List<?> list) || list.size() != s.getEnumSymbols().size()) {
            errors.add(where, "enum " + s.getName() + ": \"gmall.json\" must list one wire name per symbol ("
                    + s.getEnumSymbols().size() + ")");
        }
    }
}
