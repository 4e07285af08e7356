package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.load.AvroShapes;
import com.gmall.rtdw.codegen.model.EventType;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.apache.avro.Schema;

/**
 * Emits {@code <Event>JsonEncoder}: writes the Avro record back in its ODS JSON shape with
 * Jackson's streaming generator. Null optional fields are left out (as Maxwell leaves out {@code
 * old}); a null required field is an error naming it.
 */
final class JsonEncoderEmitter {
    private static final ClassName JSON_GENERATOR =
            ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    private static final ClassName BYTE_BUILDER =
            ClassName.get("com.fasterxml.jackson.core.util", "ByteArrayBuilder");
    private static final ClassName READING = Naming.runtime("JsonReading");

    private final EventType event;

    JsonEncoderEmitter(EventType event) {
        this.event = event;
    }

    TypeSpec emit() {
        ClassName root = Naming.avroClass(event);
        TypeSpec.Builder type =
                TypeSpec.classBuilder(Naming.jsonEncoder(event))
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc(
                                "Encodes {@link $T} as the JSON of $L.\n",
                                root,
                                String.join(", ", event.topics()))
                        .addMethod(
                                MethodSpec.constructorBuilder()
                                        .addModifiers(Modifier.PRIVATE)
                                        .build());
        RecordShapes.enums(event.schema())
                .forEach(e -> type.addField(RecordShapes.enumWireField(e)));
        type.addMethod(
                MethodSpec.methodBuilder("encode")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The UTF-8 JSON bytes of one record.\n")
                        .returns(byte[].class)
                        .addParameter(root, "value")
                        .beginControlFlow(
                                "try ($T out = new $T(256); $T g = $T.FACTORY.createGenerator(out))",
                                BYTE_BUILDER,
                                BYTE_BUILDER,
                                JSON_GENERATOR,
                                READING)
                        .addStatement("write$L(g, value)", root.simpleName())
                        .addStatement("g.flush()")
                        .addStatement("return out.toByteArray()")
                        .nextControlFlow("catch ($T e)", IOException.class)
                        .addStatement(
                                "throw new $T($S, e)",
                                UncheckedIOException.class,
                                "in-memory JSON write failed")
                        .endControlFlow()
                        .build());
        for (Schema record : RecordShapes.records(event.schema())) {
            type.addMethod(recordWriter(record));
        }
        return type.build();
    }

    private MethodSpec recordWriter(Schema record) {
        ClassName type = ClassName.get(record.getNamespace(), record.getName());
        MethodSpec.Builder m =
                MethodSpec.methodBuilder("write" + record.getName())
                        .addModifiers(Modifier.STATIC)
                        .addParameter(JSON_GENERATOR, "g")
                        .addParameter(type, "value")
                        .addException(IOException.class)
                        .addStatement("g.writeStartObject()");
        LocalNames locals = RecordShapes.fieldLocals(record, "g", "value");
        for (Schema.Field f : record.getFields()) {
            String local = locals.get(f);
            TypeName javaType = AvroTypes.javaType(f.schema());
            m.addStatement("$T $L = value.$L()", javaType, local, AvroTypes.getter(record, f));
            if (javaType.isPrimitive()) {
                m.addStatement("g.writeFieldName($S)", AvroShapes.jsonName(f));
                m.addCode(write(AvroShapes.nonNull(f.schema()), local, locals));
            } else if (RecordShapes.required(f)) {
                m.beginControlFlow("if ($L == null)", local)
                        .addStatement(
                                "throw new $T($S)",
                                IllegalArgumentException.class,
                                record.getName() + "." + f.name() + " is required but null")
                        .endControlFlow()
                        .addStatement("g.writeFieldName($S)", AvroShapes.jsonName(f))
                        .addCode(write(f.schema(), local, locals));
            } else {
                m.beginControlFlow("if ($L != null)", local)
                        .addStatement("g.writeFieldName($S)", AvroShapes.jsonName(f))
                        .addCode(write(AvroShapes.nonNull(f.schema()), local, locals))
                        .endControlFlow();
            }
        }
        return m.addStatement("g.writeEndObject()").build();
    }

    /** Statements writing {@code var} (known non-null unless the schema is a nullable union). */
    private CodeBlock write(Schema s, String var, LocalNames locals) {
        if (AvroShapes.isNullable(s)) {
            return CodeBlock.builder()
                    .beginControlFlow("if ($L == null)", var)
                    .addStatement("g.writeNull()")
                    .nextControlFlow("else")
                    .add(write(AvroShapes.nonNull(s), var, locals))
                    .endControlFlow()
                    .build();
        }
        String logical = AvroShapes.logicalName(s);
        return switch (s.getType()) {
            case RECORD -> CodeBlock.of("write$L(g, $L);\n", s.getName(), var);
            case STRING -> CodeBlock.of("g.writeString($L);\n", var);
            case LONG ->
                    "timestamp-millis".equals(logical)
                            ? CodeBlock.of("g.writeNumber($L.toEpochMilli());\n", var)
                            : CodeBlock.of("g.writeNumber($L);\n", var);
            case INT, DOUBLE -> CodeBlock.of("g.writeNumber($L);\n", var);
            case BOOLEAN -> CodeBlock.of("g.writeBoolean($L);\n", var);
            case ENUM ->
                    CodeBlock.of(
                            "g.writeString($L[$L.ordinal()]);\n",
                            RecordShapes.enumWireName(s),
                            var);
            case ARRAY -> arrayWrite(s, var, locals);
            case MAP -> mapWrite(s, var, locals);
            default ->
                    throw new IllegalStateException(
                            "JsonWireCheck lets no " + s.getType() + " through");
        };
    }

    private CodeBlock arrayWrite(Schema s, String var, LocalNames locals) {
        String item = locals.fresh("item");
        return CodeBlock.builder()
                .addStatement("g.writeStartArray()")
                .beginControlFlow(
                        "for ($T $L : $L)", AvroTypes.javaType(s.getElementType()).box(), item, var)
                .add(write(s.getElementType(), item, locals))
                .endControlFlow()
                .addStatement("g.writeEndArray()")
                .build();
    }

    private CodeBlock mapWrite(Schema s, String var, LocalNames locals) {
        String entry = locals.fresh("entry");
        TypeName entryType =
                ParameterizedTypeName.get(
                        ClassName.get(Map.Entry.class),
                        ClassName.get(String.class),
                        AvroTypes.javaType(s.getValueType()).box());
        return CodeBlock.builder()
                .addStatement("g.writeStartObject()")
                .beginControlFlow("for ($T $L : $L.entrySet())", entryType, entry, var)
                .addStatement("g.writeFieldName($L.getKey())", entry)
                .add(write(s.getValueType(), entry + ".getValue()", locals))
                .endControlFlow()
                .addStatement("g.writeEndObject()")
                .build();
    }
}
