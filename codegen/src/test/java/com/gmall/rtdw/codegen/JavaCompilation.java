package com.gmall.rtdw.codegen;

import com.gmall.rtdw.codegen.emit.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.avro.Schema;
import org.apache.avro.compiler.specific.SpecificCompiler;
import org.apache.avro.generic.GenericData;

/**
 * Compiles generated Java together with everything it needs from source (the Avro classes, compiled
 * here with Avro's own compiler and the same settings as the build; the runtime; the DWS
 * definitions) against the test classpath (Avro, Jackson, Flink, Kafka).
 */
final class JavaCompilation {
    private final List<JavaFileObject> sources = new ArrayList<>();

    /** Adds generated files held in memory (Java only). */
    JavaCompilation addGenerated(List<GeneratedFile> files) {
        for (GeneratedFile f : files) {
            if (f.kind() == GeneratedFile.Kind.JAVA) {
                sources.add(new InMemorySource(f.path(), f.content()));
            }
        }
        return this;
    }

    /** Adds every .java file below a folder. */
    JavaCompilation addSourceTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.add(new InMemorySource(dir.relativize(p).toString(), Files.readString(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Runs Avro's compiler over the model's schemas (shared types first) into {@code out} and adds
     * the result.
     */
    JavaCompilation addAvroClasses(List<Path> schemaFilesInOrder, Path out) {
        Schema.Parser parser = new Schema.Parser();
        try {
            for (Path file : schemaFilesInOrder) {
                SpecificCompiler compiler = new SpecificCompiler(parser.parse(file.toFile()));
                compiler.setStringType(GenericData.StringType.String);
                compiler.setEnableDecimalLogicalType(true);
                compiler.setFieldVisibility(SpecificCompiler.FieldVisibility.PRIVATE);
                compiler.setCreateSetters(true);
                compiler.compileToDestination(null, out.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return addSourceTree(out);
    }

    /** Compiles everything; returns the errors and, for the generated files only, the warnings. */
    List<String> compile(Path classesOut) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options =
                    List.of(
                            "-proc:none",
                            "--release",
                            "17",
                            "-Xlint:all,-serial,-processing",
                            "-classpath",
                            System.getProperty("java.class.path"),
                            "-d",
                            classesOut.toString());
            javac.getTask(null, fm, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            boolean ours = d.getSource() instanceof InMemorySource s && s.generated;
            if (d.getKind() == Diagnostic.Kind.ERROR
                    || (ours && d.getKind() != Diagnostic.Kind.NOTE)) {
                problems.add(
                        d.getKind()
                                + " "
                                + (d.getSource() == null ? "" : d.getSource().getName())
                                + ":"
                                + d.getLineNumber()
                                + ": "
                                + d.getMessage(Locale.ROOT));
            }
        }
        return problems;
    }

    int size() {
        return sources.size();
    }

    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String content;
        private final boolean generated;

        InMemorySource(String path, String content) {
            super(URI.create("string:///" + path.replace('\\', '/')), Kind.SOURCE);
            this.content = content;
            this.generated = content.startsWith("// " + Naming.GENERATED_BY);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
