package com.gmall.rtdw.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.codegen.emit.JavaEmitter;
import com.gmall.rtdw.codegen.load.ModelFiles;
import com.gmall.rtdw.codegen.load.ModelLoader;
import com.gmall.rtdw.codegen.model.ModelDescriptors;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated Java file compiles, without warnings, against the real Avro, Jackson, Flink and
 * Kafka APIs.
 */
class GeneratedCodeCompilesTest {
    private static final Path REPO =
            Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();

    @TempDir Path tmp;

    @Test
    void theRealModelCompiles() {
        assertCompiles(REPO.resolve("model"), REPO);
    }

    @Test
    void theGoldenFixtureCompiles() {
        assertCompiles(
                GoldenFilesTest.GOLDEN.resolve("model").toAbsolutePath(),
                GoldenFilesTest.GOLDEN.toAbsolutePath());
    }

    private void assertCompiles(Path modelDir, Path root) {
        ModelDescriptors model = ModelLoader.load(modelDir, root);
        JavaCompilation compilation =
                new JavaCompilation()
                        .addGenerated(JavaEmitter.emit(model))
                        .addAvroClasses(
                                new ModelFiles(modelDir, root).avroFiles(), tmp.resolve("avro"))
                        .addSourceTree(modelDir.resolve("src/main/java"))
                        .addSourceTree(REPO.resolve("runtime/src/main/java"));
        if (!modelDir.equals(REPO.resolve("model"))) {
            // a fixture model uses the real annotations
            compilation.addSourceTree(
                    REPO.resolve("model/src/main/java/com/gmall/rtdw/model/annotation"));
        }
        assertThat(compilation.compile(tmp)).isEmpty();
        assertThat(compilation.size()).isGreaterThan(JavaEmitter.emit(model).size());
    }
}
