package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.load.AvroShapes;
import com.gmall.rtdw.codegen.model.EventType;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Emits {@code <Event>AvroCodec}: Avro binary for data of the current schema, by direct getter and
 * setter calls in field order. Its output is byte for byte Avro's own; it exists because Avro's
 * generic path, which records with logical types take, is several times slower.
 */
final class AvroCodecEmitter {
    private static final ClassName OUT = Naming.runtime("AvroBinaryOutput");
    private static final ClassName IN = Naming.runtime("AvroBinaryInput");
    private static final ClassName DECODE_EXCEPTION = Naming.runtime("DecodeException");

    private final EventType event;
    private final List<MethodSpec> helpers = new ArrayList<>();

    AvroCodecEmitter(EventType event) {
        this.event = event;
    }

    static ClassName className(EventType e) {
        return ClassName.get(Naming.serdePackage(e), e.name() + "AvroCodec");
    }

    TypeSpec emit() {
        TypeSpec.Builder type =
                TypeSpec.classBuilder(className(event))
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc(
                                "Avro binary of {@link $T} and the records inside it, for data of the current schema.\n",
                                Naming.avroClass(event))
                        .addMethod(
                                MethodSpec.constructorBuilder()
                                        .addModifiers(Modifier.PRIVATE)
                                        .build());
        for (Schema e : RecordShapes.enums(event.schema())) {
            type.addField(
                    FieldSpec.builder(
                                    ArrayTypeName.of(RecordShapes.enumClass(e)),
                                    RecordShapes.enumValuesName(e),
                                    Modifier.PRIVATE,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .initializer("$T.values()", RecordShapes.enumClass(e))
                            .build());
        }
        for (Schema record : RecordShapes.records(event.schema())) {
            type.addMethod(writer(record));
        }
        for (Schema record : RecordShapes.records(event.schema())) {
            type.addMethod(reader(record));
        }
        helpers.forEach(type::addMethod);
        return type.build();
    }

    private MethodSpec writer(Schema record) {
        ClassName type = ClassName.get(record.getNamespace(), record.getName());
        MethodSpec.Builder m =
                MethodSpec.methodBuilder("write" + record.getName())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(OUT, "out")
                        .addParameter(type, "value");
        LocalNames locals = RecordShapes.fieldLocals(record, "out", "value");
        for (Schema.Field f : record.getFields()) {
            String local = locals.get(f);
            TypeName javaType = AvroTypes.javaType(f.schema());
            m.addStatement("$T $L = value.$L()", javaType, local, AvroTypes.getter(record, f));
            if (!javaType.isPrimitive() && !AvroShapes.isNullable(f.schema())) {
                m.addStatement(
                        "$T.requireNonNull($L, $S)",
                        Objects.class,
                        local,
                        record.getName() + "." + f.name() + " is required");
            }
            m.addCode(write(f.schema(), local, record.getName() + "." + f.name(), locals));
        }
        return m.build();
    }

    private CodeBlock write(Schema s, String var, String name, LocalNames locals) {
        if (AvroShapes.isNullable(s)) {
            return CodeBlock.builder()
                    .beginControlFlow("if ($L == null)", var)
                    .addStatement("out.writeIndex($L)", nullIndex(s))
                    .nextControlFlow("else")
                    .addStatement("out.writeIndex($L)", 1 - nullIndex(s))
                    .add(write(AvroShapes.nonNull(s), var, name, locals))
                    .endControlFlow()
                    .build();
        }
        if (s.getLogicalType() instanceof LogicalTypes.Decimal d) {
            return CodeBlock.of("out.writeDecimal($L, $L, $S);\n", var, d.getScale(), name);
        }
        String logical = AvroShapes.logicalName(s);
        return switch (s.getType()) {
            case RECORD -> CodeBlock.of("write$L(out, $L);\n", s.getName(), var);
            case STRING -> CodeBlock.of("out.writeString($L);\n", var);
            case LONG ->
                    "timestamp-millis".equals(logical)
                            ? CodeBlock.of("out.writeLong($L.toEpochMilli());\n", var)
                            : CodeBlock.of("out.writeLong($L);\n", var);
            case INT ->
                    "date".equals(logical)
                            ? CodeBlock.of("out.writeInt(Math.toIntExact($L.toEpochDay()));\n", var)
                            : CodeBlock.of("out.writeInt($L);\n", var);
            case BOOLEAN -> CodeBlock.of("out.writeBoolean($L);\n", var);
            case DOUBLE -> CodeBlock.of("out.writeDouble($L);\n", var);
            case ENUM -> CodeBlock.of("out.writeIndex($L.ordinal());\n", var);
            case ARRAY -> {
                String item = locals.fresh("item");
                yield CodeBlock.builder()
                        .beginControlFlow("if (!$L.isEmpty())", var)
                        .addStatement("out.writeBlockCount($L.size())", var)
                        .beginControlFlow(
                                "for ($T $L : $L)",
                                AvroTypes.javaType(s.getElementType()).box(),
                                item,
                                var)
                        .add(write(s.getElementType(), item, name + "[]", locals))
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("out.writeBlockCount(0)")
                        .build();
            }
            default ->
                    throw new IllegalStateException(
                            "AvroWireCheck lets no " + s.getType() + " through");
        };
    }

    private MethodSpec reader(Schema record) {
        ClassName type = ClassName.get(record.getNamespace(), record.getName());
        MethodSpec.Builder m =
                MethodSpec.methodBuilder("read" + record.getName())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(type)
                        .addParameter(IN, "in")
                        .addException(DECODE_EXCEPTION)
                        .addStatement("$T value = new $T()", type, type);
        for (Schema.Field f : record.getFields()) {
            m.addStatement(
                    "value.$L($L)", AvroTypes.setter(record, f), read(record, f, f.schema()));
        }
        return m.addStatement("return value").build();
    }

    private CodeBlock read(Schema owner, Schema.Field field, Schema s) {
        if (AvroShapes.isNullable(s)) {
            return CodeBlock.of(
                    "in.readIndex(2) == $L ? null : $L",
                    nullIndex(s),
                    read(owner, field, AvroShapes.nonNull(s)));
        }
        if (s.getLogicalType() instanceof LogicalTypes.Decimal d) {
            return CodeBlock.of("in.readDecimal($L)", d.getScale());
        }
        String logical = AvroShapes.logicalName(s);
        return switch (s.getType()) {
            case RECORD -> CodeBlock.of("read$L(in)", s.getName());
            case STRING -> CodeBlock.of("in.readString()");
            case LONG ->
                    "timestamp-millis".equals(logical)
                            ? CodeBlock.of("$T.ofEpochMilli(in.readLong())", Instant.class)
                            : CodeBlock.of("in.readLong()");
            case INT ->
                    "date".equals(logical)
                            ? CodeBlock.of("$T.ofEpochDay(in.readInt())", LocalDate.class)
                            : CodeBlock.of("in.readInt()");
            case BOOLEAN -> CodeBlock.of("in.readBoolean()");
            case DOUBLE -> CodeBlock.of("in.readDouble()");
            case ENUM ->
                    CodeBlock.of(
                            "$L[in.readIndex($L)]",
                            RecordShapes.enumValuesName(s),
                            s.getEnumSymbols().size());
            case ARRAY -> CodeBlock.of("$L(in)", arrayReader(owner, field, s));
            default ->
                    throw new IllegalStateException(
                            "AvroWireCheck lets no " + s.getType() + " through");
        };
    }

    /** Emits the reader of an array field (once) and returns its name. */
    private String arrayReader(Schema owner, Schema.Field field, Schema array) {
        String name = "read" + owner.getName() + Naming.pascalCase(field.name()) + "Array";
        if (helpers.stream().noneMatch(h -> h.name.equals(name))) {
            helpers.add(
                    MethodSpec.methodBuilder(name)
                            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                            .returns(AvroTypes.javaType(array))
                            .addParameter(IN, "in")
                            .addException(DECODE_EXCEPTION)
                            .addStatement(
                                    "$T items = new $T<>()",
                                    AvroTypes.javaType(array),
                                    ArrayList.class)
                            .beginControlFlow(
                                    "for (long n = in.readBlockCount(); n != 0; n = in.readBlockCount())")
                            .beginControlFlow("for (long i = 0; i < n; i++)")
                            .addStatement(
                                    "items.add($L)", read(owner, field, array.getElementType()))
                            .endControlFlow()
                            .endControlFlow()
                            .addStatement("return items")
                            .build());
        }
        return name;
    }

    private static int nullIndex(Schema union) {
        List<Schema> types = union.getTypes();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).getType() == Schema.Type.NULL) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a nullable union: " + union);
    }
}
