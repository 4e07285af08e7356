package com.gmall.rtdw.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A repository in a temporary folder holding the golden fixture's model, on which the generator
 * runs as the build runs it ({@code Main --ddl write|check}).
 */
final class FixtureRepository {
    private final Path root;

    private FixtureRepository(Path root) {
        this.root = root;
    }

    /** Copies the fixture model into {@code root}. */
    static FixtureRepository in(Path root) throws IOException {
        Path from = GoldenFilesTest.GOLDEN.resolve("model");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve("model").resolve(from.relativize(p));
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return new FixtureRepository(root);
    }

    /** A file of the repository. */
    Path file(String path) {
        return root.resolve(path);
    }

    /** Runs the generator with {@code --ddl ddlMode}, the Java output in {@code out/}. */
    void generate(String ddlMode) {
        Main.main(
                new String[] {
                    "--root",
                    root.toString(),
                    "--java-out",
                    root.resolve("out").toString(),
                    "--ddl",
                    ddlMode
                });
    }
}
