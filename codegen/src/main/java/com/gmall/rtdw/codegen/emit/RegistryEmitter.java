package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.model.EventType;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Emits the registry: {@code Topics} (topic name to type, serde and Flink schemas) and {@code
 * Tables} (table name to row type, writer and DDL), so no job spells a topic or table name by hand.
 */
final class RegistryEmitter {
    private static final ClassName TOPIC_SPEC = Naming.runtime("TopicSpec");
    private static final ClassName TABLE_SPEC = Naming.runtime("TableSpec");
    private static final ClassName WIRE = Naming.runtime("TopicSpec").nestedClass("Wire");

    TypeSpec topics(List<EventType> events) {
        Map<String, EventType> byTopic = new TreeMap<>();
        events.forEach(e -> e.topics().forEach(t -> byTopic.put(t, e)));
        List<FieldSpec> constants = new ArrayList<>();
        for (Map.Entry<String, EventType> entry : byTopic.entrySet()) {
            EventType e = entry.getValue();
            constants.add(
                    FieldSpec.builder(
                                    ParameterizedTypeName.get(TOPIC_SPEC, Naming.avroClass(e)),
                                    Naming.constantName(entry.getKey()),
                                    Modifier.PUBLIC,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .addJavadoc("$L ($L).\n", e.schema().getDoc(), e.source())
                            .initializer(
                                    "new $T<>($S, $T.$L, $T.INSTANCE, $T::new, $T::new)",
                                    TOPIC_SPEC,
                                    entry.getKey(),
                                    WIRE,
                                    e.wire().name(),
                                    Naming.serde(e),
                                    Naming.deserializationSchema(e),
                                    Naming.kafkaSerializationSchema(e))
                            .build());
        }
        return registry(
                "Topics",
                "Every Kafka topic of the warehouse with its event type and serdes.\n",
                TOPIC_SPEC,
                "topic",
                constants);
    }

    TypeSpec tables(List<TableDescriptor> tables) {
        List<FieldSpec> constants = new ArrayList<>();
        for (TableDescriptor t :
                tables.stream().sorted(Comparator.comparing(TableDescriptor::name)).toList()) {
            constants.add(
                    FieldSpec.builder(
                                    ParameterizedTypeName.get(TABLE_SPEC, Naming.bean(t)),
                                    Naming.constantName(t.name()),
                                    Modifier.PUBLIC,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .addJavadoc("Defined by {@link $T} ($L).\n", Naming.bean(t), t.source())
                            .initializer(
                                    "new $T<>($S, $T.class, new $T(), $S, $L, $S)",
                                    TABLE_SPEC,
                                    t.name(),
                                    Naming.bean(t),
                                    Naming.writer(t),
                                    Naming.ddlPath(t),
                                    listOf(t.orderBy()),
                                    t.version().column())
                            .build());
        }
        return registry(
                "Tables",
                "Every ClickHouse DWS table with its row type, writer, DDL, key and version column.\n",
                TABLE_SPEC,
                "table",
                constants);
    }

    private static CodeBlock listOf(List<String> names) {
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < names.size(); i++) {
            list.add(i == 0 ? "$S" : ", $S", names.get(i));
        }
        return list.add(")").build();
    }

    /**
     * A registry class: the constants, an {@code all()} list of them in order, and {@code byName}.
     */
    private static TypeSpec registry(
            String name, String javadoc, ClassName spec, String what, List<FieldSpec> constants) {
        TypeName listType =
                ParameterizedTypeName.get(
                        ClassName.get(List.class),
                        ParameterizedTypeName.get(spec, WildcardTypeName.subtypeOf(Object.class)));
        CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < constants.size(); i++) {
            all.add(i == 0 ? "$N" : ", $N", constants.get(i));
        }
        return TypeSpec.classBuilder(ClassName.get(Naming.REGISTRY_PACKAGE, name))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(javadoc)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addFields(constants)
                .addField(
                        FieldSpec.builder(
                                        listType,
                                        "allSpecs",
                                        Modifier.PRIVATE,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .initializer(all.add(")").build())
                                .build())
                .addMethod(
                        MethodSpec.methodBuilder("all")
                                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                                .addJavadoc("Every $L, sorted by name.\n", what)
                                .returns(listType)
                                .addStatement("return allSpecs")
                                .build())
                .addMethod(byName(listType, what))
                .build();
    }

    private static MethodSpec byName(TypeName listType, String what) {
        TypeName element = ((ParameterizedTypeName) listType).typeArguments.get(0);
        return MethodSpec.methodBuilder("byName")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "The $L called {@code name}.\n\n@throws IllegalArgumentException naming the known ones\n",
                        what)
                .returns(element)
                .addParameter(String.class, "name")
                .beginControlFlow("for ($T spec : allSpecs)", element)
                .beginControlFlow("if (spec.name().equals(name))")
                .addStatement("return spec")
                .endControlFlow()
                .endControlFlow()
                .addStatement(
                        "throw new $T($S + name + $S + allSpecs)",
                        IllegalArgumentException.class,
                        "unknown " + what + " '",
                        "'; known: ")
                .build();
    }
}
