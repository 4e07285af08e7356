package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.load.AvroShapes;
import com.gmall.rtdw.codegen.model.EventType;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.apache.avro.Schema;

/**
 * Emits {@code <Event>JsonDecoder}: a streaming (token by token), reflection-free decoder from an
 * ODS JSON message to the Avro record. Unknown fields are skipped; a missing required field, a
 * value of the wrong JSON type or an unknown enum spelling fails with the field's path and the byte
 * offset.
 */
final class JsonDecoderEmitter {
    private static final ClassName JSON_PARSER =
            ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    private static final ClassName JSON_TOKEN =
            ClassName.get("com.fasterxml.jackson.core", "JsonToken");
    private static final ClassName READING = Naming.runtime("JsonReading");
    private static final ClassName DECODE_EXCEPTION = Naming.runtime("DecodeException");

    private final EventType event;
    private final List<MethodSpec> containerReaders = new ArrayList<>();

    JsonDecoderEmitter(EventType event) {
        this.event = event;
    }

    TypeSpec emit() {
        TypeSpec.Builder type =
                TypeSpec.classBuilder(Naming.jsonDecoder(event))
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc(
                                "Decodes $L messages ($L) into {@link $T}, token by token.\n",
                                String.join(", ", event.topics()),
                                event.schema().getDoc(),
                                Naming.avroClass(event))
                        .addMethod(
                                MethodSpec.constructorBuilder()
                                        .addModifiers(Modifier.PRIVATE)
                                        .build());
        RecordShapes.enums(event.schema())
                .forEach(e -> type.addField(RecordShapes.enumWireField(e)));
        RecordShapes.enums(event.schema())
                .forEach(
                        e ->
                                type.addField(
                                        com.squareup.javapoet.FieldSpec.builder(
                                                        com.squareup.javapoet.ArrayTypeName.of(
                                                                RecordShapes.enumClass(e)),
                                                        RecordShapes.enumValuesName(e),
                                                        Modifier.PRIVATE,
                                                        Modifier.STATIC,
                                                        Modifier.FINAL)
                                                .initializer(
                                                        "$T.values()", RecordShapes.enumClass(e))
                                                .build()));
        type.addMethod(decodeMethod());
        for (Schema record : RecordShapes.records(event.schema())) {
            type.addMethod(recordReader(record));
        }
        containerReaders.forEach(type::addMethod);
        return type.build();
    }

    private MethodSpec decodeMethod() {
        ClassName root = Naming.avroClass(event);
        return MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "Decodes one message; never throws anything but {@link $T}.\n",
                        DECODE_EXCEPTION)
                .returns(root)
                .addParameter(byte[].class, "message")
                .addException(DECODE_EXCEPTION)
                .beginControlFlow("try ($T p = $T.open(message))", JSON_PARSER, READING)
                .addStatement("$T value = read$L(p, $S)", root, root.simpleName(), "$")
                .addStatement("$T.expectEnd(p)", READING)
                .addStatement("return value")
                .nextControlFlow("catch ($T e)", DECODE_EXCEPTION)
                .addStatement("throw e")
                .nextControlFlow("catch ($T | $T e)", IOException.class, RuntimeException.class)
                .addStatement("throw $T.malformed(e)", READING)
                .endControlFlow()
                .build();
    }

    private MethodSpec recordReader(Schema record) {
        ClassName type = ClassName.get(record.getNamespace(), record.getName());
        MethodSpec.Builder m =
                MethodSpec.methodBuilder("read" + record.getName())
                        .addModifiers(Modifier.STATIC)
                        .returns(type)
                        .addParameter(JSON_PARSER, "p")
                        .addParameter(String.class, "path")
                        .addException(IOException.class)
                        .addStatement("$T.expectObject(p, path, null)", READING);
        LocalNames locals = RecordShapes.fieldLocals(record, "p", "path", "field", "value");
        for (Schema.Field f : record.getFields()) {
            if (isPrimitive(f.schema())) {
                locals.allocate("has" + Naming.pascalCase(f.name()), "has:" + f.name());
            }
            declareLocal(m, f, locals);
        }
        m.beginControlFlow("while (p.nextToken() == $T.FIELD_NAME)", JSON_TOKEN)
                .addStatement("String field = p.getCurrentName()")
                .addStatement("p.nextToken()")
                .beginControlFlow("switch (field)");
        for (Schema.Field f : record.getFields()) {
            String local = locals.get(f);
            m.addCode("case $S:\n", AvroShapes.jsonName(f)).addCode("$>");
            m.addStatement(
                    "$L = $L",
                    local,
                    readExpression(record, f, f.schema(), "path", AvroShapes.jsonName(f)));
            if (isPrimitive(f.schema())) {
                m.addStatement("$L = true", locals.get("has:" + f.name()));
            }
            m.addStatement("break").addCode("$<");
        }
        m.addCode("default:\n$>")
                .addStatement("p.skipChildren()")
                .addStatement("break")
                .addCode("$<");
        m.endControlFlow().endControlFlow();
        for (Schema.Field f : record.getFields()) {
            if (RecordShapes.required(f)) {
                String present =
                        isPrimitive(f.schema())
                                ? "!" + locals.get("has:" + f.name())
                                : locals.get(f) + " == null";
                m.beginControlFlow("if ($L)", present)
                        .addStatement(
                                "throw $T.missing(p, path, $S)", READING, AvroShapes.jsonName(f))
                        .endControlFlow();
            }
        }
        m.addStatement("$T value = new $T()", type, type);
        for (Schema.Field f : record.getFields()) {
            m.addStatement("value.$L($L)", AvroTypes.setter(record, f), locals.get(f));
        }
        return m.addStatement("return value").build();
    }

    private static void declareLocal(MethodSpec.Builder m, Schema.Field f, LocalNames locals) {
        TypeName type = AvroTypes.javaType(f.schema());
        if (isPrimitive(f.schema())) {
            m.addStatement(
                    "$T $L = $L", type, locals.get(f), type == TypeName.BOOLEAN ? "false" : "0");
            m.addStatement("boolean $L = false", locals.get("has:" + f.name()));
        } else {
            m.addStatement("$T $L = null", type, locals.get(f));
        }
    }

    /** Primitive Java locals need a presence flag; everything else is checked against null. */
    private static boolean isPrimitive(Schema s) {
        return AvroTypes.javaType(s).isPrimitive();
    }

    /**
     * An expression reading the current token as {@code s}; {@code name} is the JSON name for
     * messages.
     */
    private CodeBlock readExpression(
            Schema owner, Schema.Field field, Schema s, String pathVar, String name) {
        if (AvroShapes.isNullable(s)) {
            return CodeBlock.of(
                    "$T.isNull(p) ? null : $L",
                    READING,
                    readExpression(owner, field, AvroShapes.nonNull(s), pathVar, name));
        }
        String logical = AvroShapes.logicalName(s);
        return switch (s.getType()) {
            case RECORD -> CodeBlock.of("read$L(p, $L + $S)", s.getName(), pathVar, "." + name);
            case STRING -> CodeBlock.of("$T.readString(p, $L, $S)", READING, pathVar, name);
            case LONG ->
                    "timestamp-millis".equals(logical)
                            ? CodeBlock.of(
                                    "$T.ofEpochMilli($T.readLong(p, $L, $S))",
                                    Instant.class,
                                    READING,
                                    pathVar,
                                    name)
                            : CodeBlock.of("$T.readLong(p, $L, $S)", READING, pathVar, name);
            case INT -> CodeBlock.of("$T.readInt(p, $L, $S)", READING, pathVar, name);
            case BOOLEAN -> CodeBlock.of("$T.readBoolean(p, $L, $S)", READING, pathVar, name);
            case DOUBLE -> CodeBlock.of("$T.readDouble(p, $L, $S)", READING, pathVar, name);
            case ENUM ->
                    CodeBlock.of(
                            "$T.readEnum(p, $L, $S, $L, $L)",
                            READING,
                            pathVar,
                            name,
                            RecordShapes.enumWireName(s),
                            RecordShapes.enumValuesName(s));
            case ARRAY, MAP -> CodeBlock.of("$L(p, $L)", containerReader(owner, field, s), pathVar);
            default ->
                    throw new IllegalStateException(
                            "JsonWireCheck lets no " + s.getType() + " through");
        };
    }

    /** Emits the reader of an array or map field (once) and returns its name. */
    private String containerReader(Schema owner, Schema.Field field, Schema s) {
        String name =
                "read"
                        + owner.getName()
                        + Naming.pascalCase(field.name())
                        + (s.getType() == Schema.Type.ARRAY ? "Array" : "Map");
        String json = AvroShapes.jsonName(field);
        MethodSpec.Builder m =
                MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(AvroTypes.javaType(s))
                        .addParameter(JSON_PARSER, "p")
                        .addParameter(String.class, "path")
                        .addException(IOException.class);
        if (s.getType() == Schema.Type.ARRAY) {
            m.addStatement("$T.expectArray(p, path, $S)", READING, json)
                    .addStatement("$T items = new $T<>()", AvroTypes.javaType(s), ArrayList.class)
                    .addStatement("String itemPath = path + $S", "." + json + "[]")
                    .beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", JSON_TOKEN)
                    .addStatement(
                            "items.add($L)",
                            itemExpression(owner, field, s.getElementType(), json + "[]"))
                    .endControlFlow()
                    .addStatement("return items");
        } else {
            m.addStatement("$T.expectObject(p, path, $S)", READING, json)
                    .addStatement(
                            "$T entries = new $T<>()", AvroTypes.javaType(s), LinkedHashMap.class)
                    .beginControlFlow("while (p.nextToken() == $T.FIELD_NAME)", JSON_TOKEN)
                    .addStatement("String key = p.getCurrentName()")
                    .addStatement("p.nextToken()")
                    .addStatement(
                            "entries.put(key, $T.$L(p, path, $S))",
                            READING,
                            AvroShapes.isNullable(s.getValueType())
                                    ? "readScalarTextOrNull"
                                    : "readScalarText",
                            json)
                    .endControlFlow()
                    .addStatement("return entries");
        }
        if (containerReaders.stream().noneMatch(r -> r.name.equals(name))) {
            containerReaders.add(m.build());
        }
        return name;
    }

    /** Array items: records get the item path, scalars report against the field. */
    private CodeBlock itemExpression(Schema owner, Schema.Field field, Schema item, String name) {
        Schema plain = AvroShapes.nonNull(item);
        CodeBlock read =
                plain.getType() == Schema.Type.RECORD
                        ? CodeBlock.of("read$L(p, itemPath)", plain.getName())
                        : readExpression(owner, field, plain, "path", name);
        return AvroShapes.isNullable(item)
                ? CodeBlock.of("$T.isNull(p) ? null : $L", READING, read)
                : read;
    }
}
