package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.model.ClickHouseType.Encoding;
import com.gmall.rtdw.codegen.model.ColumnDescriptor;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Table>Writer}: encodes one DWS row as ClickHouse RowBinary by reading the
 * definition's public fields directly, in column order. No reflection, no allocation beyond the
 * output buffer (and a BigDecimal's unscaled value).
 */
final class RowBinaryWriterEmitter {
    private final TableDescriptor table;

    RowBinaryWriterEmitter(TableDescriptor table) {
        this.table = table;
    }

    TypeSpec emit() {
        ClassName bean = Naming.bean(table);
        TypeName listOfString = ParameterizedTypeName.get(List.class, String.class);
        CodeBlock.Builder columns = CodeBlock.builder().add("$T.of(", List.class);
        List<ColumnDescriptor> cols = table.columns();
        for (int i = 0; i < cols.size(); i++) {
            columns.add(i == 0 ? "$S" : ", $S", cols.get(i).column());
        }
        MethodSpec.Builder write =
                MethodSpec.methodBuilder("write")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(bean, "row")
                        .addParameter(Naming.runtime("RowBinaryOutput"), "out");
        for (ColumnDescriptor c : cols) {
            write.addStatement(writeStatement(c));
        }
        return TypeSpec.classBuilder(Naming.writer(table))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(
                        ParameterizedTypeName.get(Naming.runtime("RowBinaryTableWriter"), bean))
                .addJavadoc(
                        "Writes {@link $T} rows to ClickHouse table {@code $L} as RowBinary.\n",
                        bean,
                        table.name())
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
                                        String.class,
                                        "TABLE",
                                        Modifier.PUBLIC,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .initializer("$S", table.name())
                                .build())
                .addField(
                        FieldSpec.builder(
                                        listOfString,
                                        "COLUMNS",
                                        Modifier.PUBLIC,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .addJavadoc("Column order of every row this writer encodes.\n")
                                .initializer(columns.add(")").build())
                                .build())
                .addMethod(
                        MethodSpec.methodBuilder("table")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .returns(String.class)
                                .addStatement("return TABLE")
                                .build())
                .addMethod(
                        MethodSpec.methodBuilder("columns")
                                .addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC)
                                .returns(listOfString)
                                .addStatement("return COLUMNS")
                                .build())
                .addMethod(write.build())
                .build();
    }

    private static CodeBlock writeStatement(ColumnDescriptor c) {
        Encoding e = c.type().encoding();
        if (e == Encoding.DECIMAL64) {
            String sql = c.type().sql();
            int precision =
                    Integer.parseInt(sql.substring(sql.indexOf('(') + 1, sql.indexOf(',')).trim());
            return CodeBlock.of(
                    "out.$L(row.$L, $L, $L, $S)",
                    e.method(),
                    c.field(),
                    precision,
                    c.type().scale(),
                    c.column());
        }
        if (e == Encoding.UINT64) {
            return CodeBlock.of("out.$L(row.$L, $S)", e.method(), c.field(), c.column());
        }
        return CodeBlock.of("out.$L(row.$L)", e.method(), c.field());
    }
}
