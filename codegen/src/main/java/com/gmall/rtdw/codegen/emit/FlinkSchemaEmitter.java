package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.model.EventType;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits the Flink (de)serialization schemas of an event type: named, typed subclasses of the
 * runtime's generic ones, bound to the type's serde, so a job writes {@code new
 * PageLogDeserializationSchema()} and nothing else.
 */
final class FlinkSchemaEmitter {
    private final EventType event;
    private final ClassName record;

    FlinkSchemaEmitter(EventType event) {
        this.event = event;
        this.record = Naming.avroClass(event);
    }

    TypeSpec deserializationSchema() {
        return TypeSpec.classBuilder(Naming.deserializationSchema(event))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(
                        ParameterizedTypeName.get(
                                Naming.runtime("SerdeDeserializationSchema"), record))
                .addJavadoc(
                        "Flink source schema for $L: bytes to {@link $T} through {@link $T}.\n",
                        String.join(", ", event.topics()),
                        record,
                        Naming.serde(event))
                .addField(serialVersionUid())
                .addMethod(
                        MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addStatement("super($T.INSTANCE)", Naming.serde(event))
                                .build())
                .build();
    }

    TypeSpec kafkaSerializationSchema() {
        ParameterizedTypeName keyFunction =
                ParameterizedTypeName.get(Naming.runtime("KeyFunction"), record);
        return TypeSpec.classBuilder(Naming.kafkaSerializationSchema(event))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(
                        ParameterizedTypeName.get(
                                Naming.runtime("KeyedKafkaSerializationSchema"), record))
                .addJavadoc(
                        "Flink Kafka sink schema for {@link $T}: value through {@link $T}, key chosen per record.\n",
                        record,
                        Naming.serde(event))
                .addField(serialVersionUid())
                .addMethod(
                        MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addJavadoc(
                                        "Keyed by the schema's default key ($L).\n",
                                        event.keyPath().isPresent()
                                                ? "gmall.key"
                                                : "none: records go unkeyed")
                                .addParameter(String.class, "topic")
                                .addStatement(
                                        "super(topic, $T.INSTANCE, null)", Naming.serde(event))
                                .build())
                .addMethod(
                        MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addJavadoc("Keyed by {@code key}.\n")
                                .addParameter(String.class, "topic")
                                .addParameter(keyFunction, "key")
                                .addStatement("super(topic, $T.INSTANCE, key)", Naming.serde(event))
                                .build())
                .build();
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(
                        long.class,
                        "serialVersionUID",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("1L")
                .build();
    }
}
