package com.gmall.rtdw.codegen;

import com.gmall.rtdw.codegen.emit.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts generated files on disk. A folder that the generator owns is made to hold exactly the
 * generated files: changed files are rewritten, unchanged ones left alone (timestamps too, so
 * builds stay incremental), stale ones deleted. In check mode nothing is written and every
 * difference is returned instead.
 */
final class OutputWriter {
    private final Path dir;
    private final String suffix;

    /**
     * @param dir the folder the generator owns
     * @param suffix only files with this ending are considered (others in the folder are left
     *     alone)
     */
    OutputWriter(Path dir, String suffix) {
        this.dir = dir;
        this.suffix = suffix;
    }

    /** Writes the files; returns how many were created or changed. */
    int write(List<GeneratedFile> files, String pathPrefix) {
        int changed = 0;
        Set<Path> wanted = new HashSet<>();
        for (GeneratedFile f : files) {
            Path target = dir.resolve(strip(f.path(), pathPrefix));
            wanted.add(target.normalize());
            if (!f.content().equals(read(target))) {
                write(target, f.content());
                changed++;
            }
        }
        for (Path existing : existing()) {
            if (!wanted.contains(existing.normalize())) {
                delete(existing);
                changed++;
            }
        }
        return changed;
    }

    /** The differences between the files and the folder, one line each; empty when they match. */
    List<String> check(List<GeneratedFile> files, String pathPrefix) {
        List<String> problems = new ArrayList<>();
        Set<Path> wanted = new HashSet<>();
        for (GeneratedFile f : files) {
            Path target = dir.resolve(strip(f.path(), pathPrefix));
            wanted.add(target.normalize());
            String current = read(target);
            if (current == null) {
                problems.add(f.path() + " is missing");
            } else if (!current.equals(f.content())) {
                problems.add(f.path() + " is out of date");
            }
        }
        for (Path existing : existing()) {
            if (!wanted.contains(existing.normalize())) {
                problems.add(pathPrefix + dir.relativize(existing) + " is no longer generated");
            }
        }
        return problems;
    }

    private List<Path> existing() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String strip(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static void write(Path p, String content) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }
}
