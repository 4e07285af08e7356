package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.model.ModelDescriptors;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every DDL file for the model. */
public final class DdlFiles {
    private DdlFiles() {}

    /** The files of tables that have never been generated (no migrations). */
    public static List<GeneratedFile> emit(ModelDescriptors model) {
        return emit(model, null);
    }

    /**
     * The files, each table's built on its committed file under {@code root} (the repository; null:
     * none is committed), so that columns added since become migrations.
     *
     * @throws IllegalStateException listing every change that no migration can make
     */
    public static List<GeneratedFile> emit(ModelDescriptors model, Path root) {
        DdlEmitter emitter = new DdlEmitter();
        List<GeneratedFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (TableDescriptor t : model.tables()) {
            String committed = root == null ? null : read(root.resolve(Naming.ddlPath(t)));
            files.add(emitter.emit(t, committed, problems));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "gmall-codegen: the model changes live ClickHouse tables in ways no migration"
                            + " can:\n  "
                            + String.join("\n  ", problems));
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
