package com.gmall.rtdw.codegen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input files of one model folder (normally {@code model/}), listed in a fixed order: {@code
 * src/main/avro/common} first (shared types), then the rest of {@code src/main/avro}, each sorted
 * by path.
 */
public final class ModelFiles {
    private final Path modelDir;
    private final Path relativeTo;

    /**
     * @param modelDir the folder holding {@code src/main/avro}, {@code src/main/avro-history} and
     *     {@code src/main/java}
     * @param relativeTo paths in messages and headers are written relative to this folder (the
     *     repository root)
     */
    public ModelFiles(Path modelDir, Path relativeTo) {
        this.modelDir = modelDir.toAbsolutePath().normalize();
        this.relativeTo = relativeTo.toAbsolutePath().normalize();
    }

    /** Schema files: shared types first, then the others. */
    public List<Path> avroFiles() {
        List<Path> all = list(avroDir(), ".avsc");
        List<Path> ordered = new ArrayList<>(all.stream().filter(this::isShared).toList());
        ordered.addAll(all.stream().filter(p -> !isShared(p)).toList());
        return ordered;
    }

    /** Earlier versions of schemas. */
    public List<Path> historyFiles() {
        return list(modelDir.resolve("src/main/avro-history"), ".avsc");
    }

    /** Java sources that may hold DWS definitions. */
    public List<Path> javaFiles() {
        return list(modelDir.resolve("src/main/java"), ".java");
    }

    /** Whether a schema file holds a shared type (compiled first, bound to no topic). */
    public boolean isShared(Path file) {
        return file.toAbsolutePath().normalize().startsWith(avroDir().resolve("common"));
    }

    /** The file's path relative to the repository root, with forward slashes. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(relativeTo) ? relativeTo.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    private Path avroDir() {
        return modelDir.resolve("src/main/avro");
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
