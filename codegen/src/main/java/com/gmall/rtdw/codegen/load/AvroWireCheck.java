package com.gmall.rtdw.codegen.load;

import java.util.HashSet;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Checks that an Avro-wire schema only uses what the generated binary codec supports: records, nullable unions,
 * string, int, long, boolean, double, enums, arrays, decimals (bytes), timestamp-millis and date.
 */
final class AvroWireCheck {
    private final ErrorCollector errors;
    private final Set<String> visited = new HashSet<>();

    AvroWireCheck(ErrorCollector errors) {
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
                errors.add(where, "the avro wire codec supports only unions of null and one type, not " + s);
                return;
            }
            checkType(AvroShapes.nonNull(s), where);
            return;
        }
        String logical = AvroShapes.logicalName(s);
        if (logical != null) {
            boolean known = (logical.equals("decimal") && s.getType() == Schema.Type.BYTES)
                    || (logical.equals("timestamp-millis") && s.getType() == Schema.Type.LONG)
                    || (logical.equals("date") && s.getType() == Schema.Type.INT);
            if (!known) {
                errors.add(where, "the avro wire codec does not support logical type " + logical + " on " + s.getType());
            }
            return;
        }
        switch (s.getType()) {
            case RECORD -> check(s, where);
            case ARRAY -> checkType(s.getElementType(), where + "[]");
            case STRING, INT, LONG, BOOLEAN, DOUBLE, ENUM -> { }
            default -> errors.add(where, "the avro wire codec does not support type " + s.getType());
        }
    }
}
