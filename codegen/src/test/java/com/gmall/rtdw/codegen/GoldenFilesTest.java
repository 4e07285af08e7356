package com.gmall.rtdw.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.codegen.emit.DdlFiles;
import com.gmall.rtdw.codegen.emit.GeneratedFile;
import com.gmall.rtdw.codegen.emit.JavaEmitter;
import com.gmall.rtdw.codegen.load.ModelLoader;
import com.gmall.rtdw.codegen.model.ModelDescriptors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every artifact kind, generated from the fixture model in {@code src/test/resources/golden/model},
 * compared with the files in {@code golden/expected}. After an intended change of the output,
 * rewrite them with {@code mvn -pl codegen test -Dtest=GoldenFilesTest -Dgmall.golden.update=true}
 * (or GMALL_GOLDEN_UPDATE=1) and review the diff.
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static ModelDescriptors fixture() {
        return ModelLoader.load(GOLDEN.resolve("model"), GOLDEN);
    }

    static List<GeneratedFile> generate() {
        ModelDescriptors model = fixture();
        List<GeneratedFile> files = new ArrayList<>(JavaEmitter.emit(model));
        files.addAll(DdlFiles.emit(model));
        return files;
    }

    @Test
    void outputMatchesGoldenFiles() throws IOException {
        List<GeneratedFile> files = generate();
        Path expected = GOLDEN.resolve("expected");
        if (updateRequested()) {
            rewrite(expected, files);
        }
        List<String> actualPaths = new ArrayList<>();
        for (GeneratedFile f : files) {
            String rel = (f.kind() == GeneratedFile.Kind.JAVA ? "java/" : "") + f.path();
            actualPaths.add(rel);
            Path golden = expected.resolve(rel);
            assertThat(golden)
                    .as("golden file for %s (rewrite with -Dgmall.golden.update=true)", rel)
                    .exists();
            assertThat(f.content())
                    .as(rel)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
        try (Stream<Path> all = Files.walk(expected)) {
            List<String> goldenPaths =
                    all.filter(Files::isRegularFile)
                            .map(p -> expected.relativize(p).toString().replace('\\', '/'))
                            .toList();
            assertThat(goldenPaths)
                    .as("golden files nothing generates any more")
                    .containsExactlyInAnyOrderElementsOf(actualPaths);
        }
    }

    @Test
    void everyArtifactKindIsCovered() {
        List<String> paths = generate().stream().map(GeneratedFile::path).toList();
        assertThat(paths)
                .contains(
                        "com/example/serde/ods/EventJsonDecoder.java",
                        "com/example/serde/ods/EventJsonEncoder.java",
                        "com/example/serde/ods/EventSerde.java",
                        "com/example/serde/dwd/FactSerde.java",
                        "com/example/serde/dwd/FactDeserializationSchema.java",
                        "com/example/serde/dwd/FactKafkaSerializationSchema.java",
                        "com/gmall/rtdw/clickhouse/SampleWindowWriter.java",
                        "com/gmall/rtdw/registry/Topics.java",
                        "com/gmall/rtdw/registry/Tables.java",
                        "ddl/clickhouse/dws_sample_window.sql");
    }

    @Test
    void generationIsDeterministic() {
        assertThat(generate()).isEqualTo(generate());
    }

    @Test
    void everyFileStartsWithAHeaderNamingItsSource() {
        for (GeneratedFile f : generate()) {
            String comment = f.kind() == GeneratedFile.Kind.JAVA ? "// " : "-- ";
            assertThat(f.content())
                    .as(f.path())
                    .startsWith(
                            comment
                                    + Naming.GENERATED_BY
                                    + "\n"
                                    + comment
                                    + "Source: model/src/main/");
        }
    }

    private static boolean updateRequested() {
        return Boolean.getBoolean("gmall.golden.update")
                || "1".equals(System.getenv("GMALL_GOLDEN_UPDATE"));
    }

    private static void rewrite(Path expected, List<GeneratedFile> files) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> all = Files.walk(expected)) {
                for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (GeneratedFile f : files) {
            Path target =
                    expected.resolve(
                            (f.kind() == GeneratedFile.Kind.JAVA ? "java/" : "") + f.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.content(), StandardCharsets.UTF_8);
        }
    }
}
