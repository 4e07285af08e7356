package com.gmall.rtdw.codegen.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;

/**
 * Checks that an event type's schemas turn into Java that compiles: every named type has a package
 * (namespace), no two reachable types share a simple name (generated methods are named after them),
 * no two fields of a record share an accessor ({@code page_id} and {@code pageId} both give {@code
 * getPageId}) or a JSON name.
 */
final class JavaNameCheck {
    private final ErrorCollector errors;

    JavaNameCheck(ErrorCollector errors) {
        this.errors = errors;
    }

    void check(Schema root, String where) {
        Map<String, String> simpleNames = new HashMap<>();
        visit(root, where, simpleNames, new HashSet<>());
    }

    private void visit(Schema s, String where, Map<String, String> simpleNames, Set<String> seen) {
        switch (s.getType()) {
            case RECORD, ENUM -> {
                if (!seen.add(s.getFullName())) {
                    return;
                }
                if (s.getNamespace() == null || s.getNamespace().isEmpty()) {
                    errors.add(
                            where,
                            s.getType().getName()
                                    + " "
                                    + s.getName()
                                    + " has no namespace: generated classes need a package");
                }
                String other = simpleNames.putIfAbsent(s.getName(), s.getFullName());
                if (other != null) {
                    errors.add(
                            where,
                            "types "
                                    + other
                                    + " and "
                                    + s.getFullName()
                                    + " share the simple name "
                                    + s.getName()
                                    + ", which generated method names use");
                }
                if (s.getType() == Schema.Type.RECORD) {
                    checkFields(s, where);
                    s.getFields().forEach(f -> visit(f.schema(), where, simpleNames, seen));
                }
            }
            case UNION -> s.getTypes().forEach(t -> visit(t, where, simpleNames, seen));
            case ARRAY -> visit(s.getElementType(), where, simpleNames, seen);
            case MAP -> visit(s.getValueType(), where, simpleNames, seen);
            default -> {}
        }
    }

    private void checkFields(Schema record, String where) {
        Map<String, String> accessors = new HashMap<>();
        Map<String, String> jsonNames = new HashMap<>();
        for (Schema.Field f : record.getFields()) {
            String getter = SpecificCompiler.generateGetMethod(record, f);
            String other = accessors.putIfAbsent(getter, f.name());
            if (other != null) {
                errors.add(
                        where + ", record " + record.getName(),
                        "fields '"
                                + other
                                + "' and '"
                                + f.name()
                                + "' both become the Java accessor "
                                + getter
                                + "()");
            }
            String json = AvroShapes.jsonName(f);
            String sameJson = jsonNames.putIfAbsent(json, f.name());
            if (sameJson != null) {
                errors.add(
                        where + ", record " + record.getName(),
                        "fields '"
                                + sameJson
                                + "' and '"
                                + f.name()
                                + "' both have the JSON name '"
                                + json
                                + "'");
            }
        }
    }
}
