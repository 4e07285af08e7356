package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.load.AvroShapes;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;

/**
 * The Java types and accessor names of Avro-generated classes, as avro-maven-plugin produces them
 * with {@code stringType=String}, decimals on and java.time logical types. Accessor names come from
 * Avro's own compiler so they can never drift from the classes.
 */
final class AvroTypes {
    private AvroTypes() {}

    /** The Java type of a field of this schema (boxed when nullable). */
    static TypeName javaType(Schema s) {
        if (AvroShapes.isNullable(s)) {
            return javaType(AvroShapes.nonNull(s)).box();
        }
        String logical = AvroShapes.logicalName(s);
        if ("timestamp-millis".equals(logical)) {
            return ClassName.get(Instant.class);
        }
        if ("date".equals(logical)) {
            return ClassName.get(LocalDate.class);
        }
        if ("decimal".equals(logical)) {
            return ClassName.get(BigDecimal.class);
        }
        return switch (s.getType()) {
            case RECORD, ENUM -> ClassName.get(s.getNamespace(), s.getName());
            case STRING -> ClassName.get(String.class);
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case BOOLEAN -> TypeName.BOOLEAN;
            case DOUBLE -> TypeName.DOUBLE;
            case FLOAT -> TypeName.FLOAT;
            case ARRAY ->
                    ParameterizedTypeName.get(
                            ClassName.get(List.class), javaType(s.getElementType()).box());
            case MAP ->
                    ParameterizedTypeName.get(
                            ClassName.get(Map.class),
                            ClassName.get(String.class),
                            javaType(s.getValueType()).box());
            default -> throw new IllegalArgumentException("no Java type for " + s);
        };
    }

    static String getter(Schema record, Schema.Field f) {
        return SpecificCompiler.generateGetMethod(record, f);
    }

    static String setter(Schema record, Schema.Field f) {
        return SpecificCompiler.generateSetMethod(record, f);
    }
}
