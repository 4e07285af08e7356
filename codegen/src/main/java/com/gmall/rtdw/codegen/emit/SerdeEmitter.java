package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.load.AvroShapes;
import com.gmall.rtdw.codegen.model.EventType;
import com.gmall.rtdw.codegen.model.HistoricSchema;
import com.gmall.rtdw.codegen.model.Wire;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.apache.avro.Schema;

/**
 * Emits {@code <Event>Serde}, the one place that knows an event type's wire format: JSON through
 * the generated decoder/encoder, or Avro single-object encoding with every historic writer schema
 * registered, plus the default Kafka key from the schema's {@code gmall.key}.
 */
final class SerdeEmitter {
    private static final ClassName SERDE = Naming.runtime("Serde");
    private static final ClassName AVRO_MESSAGES = Naming.runtime("AvroMessages");
    private static final ClassName KAFKA_KEYS = Naming.runtime("KafkaKeys");
    private static final ClassName DECODE_EXCEPTION = Naming.runtime("DecodeException");
    private static final ClassName OUT = Naming.runtime("AvroBinaryOutput");

    private final EventType event;
    private final ClassName record;

    SerdeEmitter(EventType event) {
        this.event = event;
        this.record = Naming.avroClass(event);
    }

    TypeSpec emit() {
        ClassName self = Naming.serde(event);
        TypeSpec.Builder type =
                TypeSpec.classBuilder(self)
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addSuperinterface(ParameterizedTypeName.get(SERDE, record))
                        .addJavadoc(
                                "Wire format of {@link $T} on $L: $L.\n",
                                record,
                                String.join(", ", event.topics()),
                                event.wire() == Wire.JSON ? "JSON" : "Avro single-object encoding")
                        .addField(
                                FieldSpec.builder(
                                                long.class,
                                                "serialVersionUID",
                                                Modifier.PRIVATE,
                                                Modifier.STATIC,
                                                Modifier.FINAL)
                                        .initializer("1L")
                                        .build())
                        .addField(
                                FieldSpec.builder(
                                                self,
                                                "INSTANCE",
                                                Modifier.PUBLIC,
                                                Modifier.STATIC,
                                                Modifier.FINAL)
                                        .addJavadoc("The instance; the class holds no state.\n")
                                        .initializer("new $T()", self)
                                        .build())
                        .addMethod(
                                MethodSpec.constructorBuilder()
                                        .addModifiers(Modifier.PRIVATE)
                                        .build());
        if (event.wire() == Wire.AVRO) {
            addAvro(type);
        } else {
            addJson(type);
        }
        return type.addMethod(defaultKey())
                .addMethod(
                        MethodSpec.methodBuilder("type")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .returns(
                                        ParameterizedTypeName.get(
                                                ClassName.get(Class.class), record))
                                .addStatement("return $T.class", record)
                                .build())
                .addMethod(
                        MethodSpec.methodBuilder("readResolve")
                                .addModifiers(Modifier.PRIVATE)
                                .addJavadoc(
                                        "Keeps the singleton when Flink deserializes an operator holding it.\n")
                                .returns(Object.class)
                                .addStatement("return INSTANCE")
                                .build())
                .build();
    }

    private void addJson(TypeSpec.Builder type) {
        type.addMethod(
                        decodeSignature()
                                .addStatement(
                                        "return $T.decode(message)", Naming.jsonDecoder(event))
                                .build())
                .addMethod(
                        encodeSignature()
                                .addStatement("return $T.encode(value)", Naming.jsonEncoder(event))
                                .build());
    }

    private void addAvro(TypeSpec.Builder type) {
        ClassName codec = AvroCodecEmitter.className(event);
        List<HistoricSchema> old = event.history();
        CodeBlock.Builder history = CodeBlock.builder().add(old.isEmpty() ? "{" : "{\n$>");
        for (int i = 0; i < old.size(); i++) {
            history.add(i == 0 ? "$S" : ",\n$S", old.get(i).schema().toString());
        }
        type.addField(
                        FieldSpec.builder(
                                        ArrayTypeName.of(String.class),
                                        "HISTORY",
                                        Modifier.PRIVATE,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .addJavadoc(
                                        "Earlier writer schemas still readable$L.\n",
                                        old.isEmpty()
                                                ? " (none yet)"
                                                : ", from "
                                                        + String.join(
                                                                ", ",
                                                                old.stream()
                                                                        .map(HistoricSchema::source)
                                                                        .toList()))
                                .initializer(history.add(old.isEmpty() ? "}" : "\n$<}").build())
                                .build())
                .addField(
                        FieldSpec.builder(
                                        long.class,
                                        "FINGERPRINT",
                                        Modifier.PRIVATE,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .addJavadoc(
                                        "Identifies the current schema in each message's header.\n")
                                .initializer(
                                        "$T.fingerprint($T.getClassSchema())",
                                        AVRO_MESSAGES,
                                        record)
                                .build())
                .addField(
                        FieldSpec.builder(
                                        ParameterizedTypeName.get(
                                                AVRO_MESSAGES.nestedClass("History"), record),
                                        "EARLIER_VERSIONS",
                                        Modifier.PRIVATE,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .addJavadoc(
                                        "Reads messages written with a historic schema (Avro's resolving decoder).\n")
                                .initializer(
                                        "$T.history($T.createDecoder(null), HISTORY)",
                                        AVRO_MESSAGES,
                                        record)
                                .build())
                .addMethod(
                        decodeSignature()
                                .addStatement(
                                        "return $T.decode(message, FINGERPRINT, $T::read$L, EARLIER_VERSIONS, $S)",
                                        AVRO_MESSAGES,
                                        codec,
                                        record.simpleName(),
                                        record.simpleName())
                                .build())
                .addMethod(
                        encodeSignature()
                                .addStatement("$T out = $T.singleObject(FINGERPRINT)", OUT, OUT)
                                .addStatement("$T.write$L(out, value)", codec, record.simpleName())
                                .addStatement("return out.toByteArray()")
                                .build());
    }

    private MethodSpec.Builder decodeSignature() {
        return MethodSpec.methodBuilder("decode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addParameter(byte[].class, "message")
                .addException(DECODE_EXCEPTION);
    }

    private MethodSpec.Builder encodeSignature() {
        return MethodSpec.methodBuilder("encode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(byte[].class)
                .addParameter(record, "value");
    }

    /** Walks the key path with a null check at every nullable step. */
    private MethodSpec defaultKey() {
        MethodSpec.Builder m =
                MethodSpec.methodBuilder("defaultKey")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(byte[].class)
                        .addParameter(record, "value");
        if (event.keyPath().isEmpty()) {
            return m.addJavadoc(
                            "No {@code gmall.key} in the schema: producers pass their own key.\n")
                    .addStatement("return null")
                    .build();
        }
        List<Schema.Field> path = event.keyPath().get();
        m.addJavadoc(
                "The UTF-8 text of {@code $L}, or null when absent.\n",
                String.join(".", path.stream().map(Schema.Field::name).toList()));
        Schema owner = event.schema();
        String previous = "value";
        for (int i = 0; i < path.size(); i++) {
            Schema.Field f = path.get(i);
            TypeName type = AvroTypes.javaType(f.schema());
            String local = "step" + i;
            m.addStatement("$T $L = $L.$L()", type, local, previous, AvroTypes.getter(owner, f));
            if (!type.isPrimitive() && i < path.size() - 1) {
                m.beginControlFlow("if ($L == null)", local)
                        .addStatement("return null")
                        .endControlFlow();
            }
            owner = AvroShapes.nonNull(f.schema());
            previous = local;
        }
        TypeName leaf = AvroTypes.javaType(path.get(path.size() - 1).schema());
        if (leaf.isPrimitive()) {
            return m.addStatement(
                            "return $T.utf8($T.toString($L))", KAFKA_KEYS, leaf.box(), previous)
                    .build();
        }
        return m.addStatement(
                        "return $L == null ? null : $T.utf8($L.toString())",
                        previous,
                        KAFKA_KEYS,
                        previous)
                .build();
    }
}
