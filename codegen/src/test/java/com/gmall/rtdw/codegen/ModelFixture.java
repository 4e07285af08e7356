package com.gmall.rtdw.codegen;

import com.gmall.rtdw.codegen.load.ModelException;
import com.gmall.rtdw.codegen.load.ModelLoader;
import com.gmall.rtdw.codegen.model.ModelDescriptors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small model folder written into a temporary directory, so each test states exactly the input it
 * needs.
 */
final class ModelFixture {
    /** A DWS definition that is valid; tests copy and break it. */
    static final String GOOD_TABLE =
            """
            package com.example.dws;

            import com.gmall.rtdw.model.annotation.*;
            import java.math.BigDecimal;

            @DwsTable(name = "dws_good")
            public class Good {
                @WindowStart
                public long stt;
                @WindowEnd
                public long edt;
                @Dimension
                public String shop;
                @Measure
                public long cnt;
                @Measure @Decimal(precision = 16, scale = 2)
                public BigDecimal amount;
                @Version
                public long ts;
            }
            """;

    private final Path root;

    ModelFixture(Path root) {
        this.root = root;
    }

    /** Writes a file below {@code model/}; returns this for chaining. */
    ModelFixture file(String pathBelowModel, String content) {
        Path p = root.resolve("model").resolve(pathBelowModel);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ModelFixture avro(String folderAndName, String json) {
        return file("src/main/avro/" + folderAndName, json);
    }

    ModelFixture java(String pathBelowJava, String source) {
        return file("src/main/java/" + pathBelowJava, source);
    }

    ModelDescriptors load() {
        return ModelLoader.load(root.resolve("model"), root);
    }

    /** The errors the load reports; fails if it succeeds. */
    List<String> errors() {
        try {
            load();
        } catch (ModelException e) {
            return e.errors();
        }
        throw new AssertionError("expected model errors, but the model loaded");
    }

    /** A DWD record schema with the given fields (JSON array body) and properties. */
    static String dwdRecord(String name, String props, String fields) {
        return """
                {"type": "record", "name": "%s", "namespace": "com.example.dwd", %s
                 "fields": [%s]}
                """
                .formatted(name, props.isEmpty() ? "" : props + ",", fields);
    }
}
