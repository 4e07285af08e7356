package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.load.AvroShapes;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.apache.avro.Schema;

/**
 * What the writers of one event type's code share: the records and enums it reaches, and their
 * names.
 */
final class RecordShapes {
    private RecordShapes() {}

    /** Every record reachable from the root (the root included), sorted by full name. */
    static List<Schema> records(Schema root) {
        Map<String, Schema> found = new TreeMap<>();
        collect(root, found, Schema.Type.RECORD);
        return new ArrayList<>(found.values());
    }

    /** Every enum reachable from the root, sorted by full name. */
    static List<Schema> enums(Schema root) {
        Map<String, Schema> found = new TreeMap<>();
        collect(root, found, Schema.Type.ENUM);
        return new ArrayList<>(found.values());
    }

    private static void collect(Schema s, Map<String, Schema> found, Schema.Type wanted) {
        switch (s.getType()) {
            case RECORD -> {
                if (s.getType() == wanted && found.containsKey(s.getFullName())) {
                    return;
                }
                if (wanted == Schema.Type.RECORD) {
                    found.put(s.getFullName(), s);
                }
                for (Schema.Field f : s.getFields()) {
                    collect(f.schema(), found, wanted);
                }
            }
            case ENUM -> {
                if (wanted == Schema.Type.ENUM) {
                    found.put(s.getFullName(), s);
                }
            }
            case UNION -> s.getTypes().forEach(t -> collect(t, found, wanted));
            case ARRAY -> collect(s.getElementType(), found, wanted);
            case MAP -> collect(s.getValueType(), found, wanted);
            default -> {}
        }
    }

    /**
     * The wire spelling of each enum symbol: its {@code gmall.json} list, else the symbols
     * themselves.
     */
    @SuppressWarnings("unchecked")
    static List<String> enumWireNames(Schema e) {
        Object names = e.getObjectProp("gmall.json");
        return names instanceof List<?> ? (List<String>) names : e.getEnumSymbols();
    }

    /** {@code private static final String[] CHANGE_TYPE_WIRE = {"insert", ...};} */
    static FieldSpec enumWireField(Schema e) {
        CodeBlock.Builder init = CodeBlock.builder().add("{");
        List<String> names = enumWireNames(e);
        for (int i = 0; i < names.size(); i++) {
            init.add(i == 0 ? "$S" : ", $S", names.get(i));
        }
        return FieldSpec.builder(
                        ArrayTypeName.of(String.class),
                        enumWireName(e),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Wire spelling of each $L symbol, in declaration order.\n", e.getName())
                .initializer(init.add("}").build())
                .build();
    }

    /**
     * {@code private static final ChangeType[] CHANGE_TYPE_VALUES}: an enum's constants, fetched
     * once.
     */
    static String enumValuesName(Schema e) {
        return Naming.constantName(Naming.snakeCase(e.getName())) + "_VALUES";
    }

    static String enumWireName(Schema e) {
        return Naming.constantName(Naming.snakeCase(e.getName())) + "_WIRE";
    }

    static ClassName enumClass(Schema e) {
        return ClassName.get(e.getNamespace(), e.getName());
    }

    /** The locals of a record's fields, after the method's {@code reserved} names. */
    static LocalNames fieldLocals(Schema record, String... reserved) {
        LocalNames names = new LocalNames(reserved);
        for (Schema.Field f : record.getFields()) {
            names.allocate(lowerFirst(Naming.pascalCase(f.name())), f);
        }
        return names;
    }

    /** Whether a field must be present (not a nullable union). */
    static boolean required(Schema.Field f) {
        return !AvroShapes.isNullable(f.schema());
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
