package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.model.EventType;
import com.gmall.rtdw.codegen.model.ModelDescriptors;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import com.gmall.rtdw.codegen.model.Wire;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every Java writer over the model and wraps each type in a file with the generated-code
 * header.
 */
public final class JavaEmitter {
    private JavaEmitter() {}

    /** All Java files for the model, in a fixed order. */
    public static List<GeneratedFile> emit(ModelDescriptors model) {
        List<GeneratedFile> files = new ArrayList<>();
        for (EventType e : model.events()) {
            String pkg = Naming.serdePackage(e);
            if (e.wire() == Wire.JSON) {
                files.add(file(pkg, new JsonDecoderEmitter(e).emit(), e.source()));
                files.add(file(pkg, new JsonEncoderEmitter(e).emit(), e.source()));
            } else {
                files.add(file(pkg, new AvroCodecEmitter(e).emit(), e.source()));
            }
            files.add(file(pkg, new SerdeEmitter(e).emit(), e.source()));
            FlinkSchemaEmitter flink = new FlinkSchemaEmitter(e);
            files.add(file(pkg, flink.deserializationSchema(), e.source()));
            files.add(file(pkg, flink.kafkaSerializationSchema(), e.source()));
        }
        for (TableDescriptor t : model.tables()) {
            files.add(
                    file(Naming.WRITER_PACKAGE, new RowBinaryWriterEmitter(t).emit(), t.source()));
        }
        RegistryEmitter registry = new RegistryEmitter();
        files.add(
                file(
                        Naming.REGISTRY_PACKAGE,
                        registry.topics(model.events()),
                        "model/src/main/avro"));
        files.add(
                file(
                        Naming.REGISTRY_PACKAGE,
                        registry.tables(model.tables()),
                        "model/src/main/java"));
        return files;
    }

    private static GeneratedFile file(String pkg, TypeSpec type, String source) {
        JavaFile file =
                JavaFile.builder(pkg, type)
                        .addFileComment("$L\nSource: $L", Naming.GENERATED_BY, source)
                        .indent("    ")
                        .skipJavaLangImports(true)
                        .build();
        String path = pkg.replace('.', '/') + "/" + type.name + ".java";
        return new GeneratedFile(path, file.toString(), GeneratedFile.Kind.JAVA);
    }
}
