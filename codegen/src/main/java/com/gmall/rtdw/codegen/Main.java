package com.gmall.rtdw.codegen;

import com.gmall.rtdw.codegen.emit.DdlFiles;
import com.gmall.rtdw.codegen.emit.GeneratedFile;
import com.gmall.rtdw.codegen.emit.JavaEmitter;
import com.gmall.rtdw.codegen.load.ModelException;
import com.gmall.rtdw.codegen.load.ModelLoader;
import com.gmall.rtdw.codegen.model.ModelDescriptors;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line of the generator, run by the build in {@code generate-sources}: {@code Main --root
 * <repo> --java-out <dir> --ddl write|check}. Reads {@code <repo>/model}, writes the Java files to
 * {@code --java-out}, and writes (or, on CI, checks) {@code <repo>/ddl/clickhouse}.
 */
public final class Main {
    static final String DDL_DIR = "ddl/clickhouse/";
    static final String REGENERATE = "mvn generate-sources";

    private Main() {}

    public static void main(String[] args) {
        Options options = Options.parse(args);
        ModelDescriptors model;
        try {
            model = ModelLoader.load(options.root().resolve("model"), options.root());
        } catch (ModelException e) {
            throw new IllegalStateException("gmall-codegen: " + e.getMessage(), e);
        }
        List<GeneratedFile> java = JavaEmitter.emit(model);
        List<GeneratedFile> ddl = DdlFiles.emit(model, options.root());
        int javaChanged = new OutputWriter(options.javaOut(), ".java").write(java, "");
        OutputWriter ddlOut = new OutputWriter(options.root().resolve(DDL_DIR), ".sql");
        String ddlReport;
        if (options.checkDdl()) {
            List<String> stale = ddlOut.check(ddl, DDL_DIR);
            if (!stale.isEmpty()) {
                throw new IllegalStateException(
                        "gmall-codegen: the committed ClickHouse DDL does not match model/:\n  "
                                + String.join("\n  ", stale)
                                + "\nRun `"
                                + REGENERATE
                                + "` and commit "
                                + DDL_DIR);
            }
            ddlReport = ddl.size() + " DDL files up to date";
        } else {
            ddlReport = ddl.size() + " DDL files (" + ddlOut.write(ddl, DDL_DIR) + " changed)";
        }
        System.out.printf(
                "gmall-codegen: %d event types, %d tables -> %d Java files (%d changed), %s%n",
                model.events().size(), model.tables().size(), java.size(), javaChanged, ddlReport);
    }

    /** Parsed arguments. */
    record Options(Path root, Path javaOut, boolean checkDdl) {
        static Options parse(String[] args) {
            Path root = null;
            Path javaOut = null;
            String ddl = "write";
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--root" -> root = Path.of(args[i + 1]).toAbsolutePath().normalize();
                    case "--java-out" ->
                            javaOut = Path.of(args[i + 1]).toAbsolutePath().normalize();
                    case "--ddl" -> ddl = args[i + 1];
                    default -> throw usage("unknown option " + args[i]);
                }
            }
            if (root == null || javaOut == null || args.length % 2 != 0) {
                throw usage("--root and --java-out are required");
            }
            if (!ddl.equals("write") && !ddl.equals("check")) {
                throw usage("--ddl must be write or check, not " + ddl);
            }
            return new Options(root, javaOut, ddl.equals("check"));
        }

        private static IllegalArgumentException usage(String problem) {
            return new IllegalArgumentException(
                    problem
                            + "\nusage: Main --root <repository> --java-out <dir> [--ddl write|check]");
        }
    }
}
