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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Emits the registry: {@code Topics} (topic name to type, serde and Flink schemas) and {@code Tables} (table name to
 * row type, writer and DDL), so no job spells a topic or table name by hand.
 */
final class RegistryEmitter {
    private static final ClassName TOPIC_SPEC = Naming.runtime("TopicSpec");
    private static final ClassName TABLE_SPEC = Naming.runtime("TableSpec");
    private static final ClassName WIRE = Naming.runtime("TopicSpec").nestedClass("Wire");

    TypeSpec topics(List<EventType> events) {
        Map<String, EventType> byTopic = new TreeMap<>();
        events.forEach(e -> e.topics().forEach(t -> byTopic.put(t, e)));
        TypeSpec.Builder type = TypeSpec.classBuilder(ClassName.get(Naming.REGISTRY_PACKAGE, "Topics"))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Every Kafka topic of the warehouse with its event type and serdes.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class);
        boolean first = true;
        for (Map.Entry<String, EventType> entry : byTopic.entrySet()) {
            EventType e = entry.getValue();
            ClassName record = Naming.avroClass(e);
            String constant = Naming.constantName(entry.getKey());
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(TOPIC_SPEC, record), constant,
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L ($L).\n", e.schema().getDoc(), e.source())
                    .initializer("new $T<>($S, $T.$L, $T.INSTANCE, $T::new, $T::new)", TOPIC_SPEC, entry.getKey(),
                            WIRE, e.wire().name(), Naming.serde(e), Naming.deserializationSchema(e),
                            Naming.kafkaSerializationSchema(e))
                    .build());
            all.add(first ? "$L" : ", $L", constant);
            first = false;
        }
        TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(TOPIC_SPEC, WildcardTypeName.subtypeOf(Object.class)));
        return type.addField(FieldSpec.builder(listType, "ALL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(all.add(")").build()).build())
                .addMethod(MethodSpec.methodBuilder("all").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Every topic, sorted by name.\n").returns(listType).addStatement("return ALL").build())
                .addMethod(byName(listType, "topic"))
                .build();
    }

    TypeSpec tables(List<TableDescriptor> tables) {
        TypeSpec.Builder type = TypeSpec.classBuilder(ClassName.get(Naming.REGISTRY_PACKAGE, "Tables"))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Every ClickHouse DWS table with its row type, writer and DDL.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class);
        List<TableDescriptor> sorted = tables.stream().sorted(Comparator.comparing(TableDescriptor::name)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            TableDescriptor t = sorted.get(i);
            String constant = Naming.constantName(t.name());
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(TABLE_SPEC, Naming.bean(t)), constant,
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Defined by {@link $T} ($L).\n", Naming.bean(t), t.source())
                    .initializer("new $T<>($S, $T.class, new $T(), $S)", TABLE_SPEC, t.name(), Naming.bean(t),
                            Naming.writer(t), Naming.ddlPath(t))
                    .build());
            all.add(i == 0 ? "$L" : ", $L", constant);
        }
        TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(TABLE_SPEC, WildcardTypeName.subtypeOf(Object.class)));
        return type.addField(FieldSpec.builder(listType, "ALL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(all.add(")").build()).build())
                .addMethod(MethodSpec.methodBuilder("all").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Every table, sorted by name.\n").returns(listType).addStatement("return ALL").build())
                .addMethod(byName(listType, "table"))
                .build();
    }

    private static MethodSpec byName(TypeName listType, String what) {
        TypeName element = ((ParameterizedTypeName) listType).typeArguments.get(0);
        return MethodSpec.methodBuilder("byName").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The $L called {@code name}.\n\n@throws IllegalArgumentException naming the known ones\n", what)
                .returns(element)
                .addParameter(String.class, "name")
                .beginControlFlow("for ($T spec : ALL)", element)
                .beginControlFlow("if (spec.name().equals(name))")
                .addStatement("return spec")
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S + name + $S + ALL)", IllegalArgumentException.class,
                        "unknown " + what + " '", "'; known: ")
                .build();
    }
}
