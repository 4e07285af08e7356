package com.gmall.rtdw.codegen.load;

import com.gmall.rtdw.codegen.load.ClickHouseTypes.FieldSource;
import com.gmall.rtdw.codegen.model.ColumnRole;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads DWS definitions from Java source with the JDK's own parser (no compilation, so the model
 * module need not be built first): every class annotated {@code @DwsTable}, its fields and their
 * annotations, with line numbers for error messages. Validation and type mapping happen in {@link
 * TableBuilder}.
 */
public final class DwsSourceReader {
    private static final Set<String> ROLE_ANNOTATIONS =
            Set.copyOf(Arrays.stream(ColumnRole.values()).map(ColumnRole::annotation).toList());

    private final ModelFiles files;
    private final ErrorCollector errors;

    public DwsSourceReader(ModelFiles files, ErrorCollector errors) {
        this.files = files;
        this.errors = errors;
    }

    /** Every DWS table defined under the model's Java sources, sorted by table name. */
    public List<TableDescriptor> read() {
        List<Path> sources = files.javaFiles();
        if (sources.isEmpty()) {
            return List.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("gmall-codegen needs a JDK (javax.tools), not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm =
                javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task =
                    (JavacTask)
                            javac.getTask(
                                    null,
                                    fm,
                                    diagnostics,
                                    List.of("-proc:none"),
                                    null,
                                    fm.getJavaFileObjectsFromPaths(sources));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            reportSyntaxErrors(diagnostics);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            List<TableDescriptor> tables = new ArrayList<>();
            Map<String, String> tableOwners = new HashMap<>();
            for (CompilationUnitTree unit : units) {
                for (Tree type : unit.getTypeDecls()) {
                    if (type instanceof ClassTree cls) {
                        readClass(unit, cls, positions, tableOwners, tables);
                    }
                }
            }
            tables.sort((a, b) -> a.name().compareTo(b.name()));
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model sources", e);
        }
    }

    private void readClass(
            CompilationUnitTree unit,
            ClassTree cls,
            SourcePositions positions,
            Map<String, String> tableOwners,
            List<TableDescriptor> out) {
        AnnotationValues table =
                cls.getModifiers().getAnnotations().stream()
                        .map(AnnotationValues::of)
                        .filter(a -> a.name().equals("DwsTable"))
                        .findFirst()
                        .orElse(null);
        if (table == null) {
            return;
        }
        String source = files.relative(Path.of(unit.getSourceFile().toUri()));
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        String className = (pkg.isEmpty() ? "" : pkg + ".") + cls.getSimpleName();
        String where = source + ":" + line(unit, positions, cls) + ": class " + cls.getSimpleName();
        if (pkg.isEmpty()) {
            errors.add(where, "a @DwsTable class needs a package: the generated writer imports it");
        }
        if (!cls.getModifiers().getFlags().contains(Modifier.PUBLIC)
                || cls.getModifiers().getFlags().contains(Modifier.ABSTRACT)) {
            errors.add(
                    where,
                    "a @DwsTable class must be public and not abstract (jobs instantiate it)");
        }
        List<FieldSource> fields = new ArrayList<>();
        for (Tree member : cls.getMembers()) {
            if (member instanceof VariableTree field) {
                FieldSource f = readField(unit, positions, field, source);
                if (f != null) {
                    fields.add(f);
                }
            }
        }
        TableDescriptor built =
                new TableBuilder(errors).build(table, className, source, where, fields);
        if (built == null) {
            return;
        }
        String previous = tableOwners.putIfAbsent(built.name(), source);
        if (previous != null) {
            errors.add(
                    where,
                    "duplicate table '" + built.name() + "': already defined in " + previous);
            return;
        }
        String sameWriter = tableOwners.putIfAbsent("writer:" + cls.getSimpleName(), source);
        if (sameWriter != null) {
            errors.add(
                    where,
                    "class name "
                            + cls.getSimpleName()
                            + " is also used by "
                            + sameWriter
                            + ": both would generate "
                            + cls.getSimpleName()
                            + "Writer");
            return;
        }
        out.add(built);
    }

    private FieldSource readField(
            CompilationUnitTree unit,
            SourcePositions positions,
            VariableTree field,
            String source) {
        Set<Modifier> flags = field.getModifiers().getFlags();
        if (flags.contains(Modifier.STATIC)) {
            return null;
        }
        int line = (int) line(unit, positions, field);
        String where = source + ":" + line + ": field " + field.getName();
        List<ColumnRole> roles = new ArrayList<>();
        int[] decimal = null;
        String column = null;
        for (AnnotationTree tree : field.getModifiers().getAnnotations()) {
            AnnotationValues a = AnnotationValues.of(tree);
            if (!a.unsupported().isEmpty()) {
                errors.add(
                        where,
                        "@"
                                + a.name()
                                + " arguments "
                                + a.unsupported()
                                + " must be literals: definitions are read from source, not compiled");
            }
            if (ROLE_ANNOTATIONS.contains(a.name())) {
                roles.add(roleOf(a.name()));
            } else if (a.name().equals("Decimal")) {
                decimal = new int[] {orZero(a.integer("precision")), orZero(a.integer("scale"))};
            } else if (a.name().equals("Column")) {
                column = a.string("value");
            }
        }
        if (!flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.FINAL)) {
            errors.add(
                    where,
                    "DWS fields must be public and not final: the job sets them and the generated writer "
                            + "reads them directly");
        }
        if (roles.size() != 1) {
            errors.add(
                    where,
                    roles.isEmpty()
                            ? "has no role: annotate it with one of @"
                                    + String.join(
                                            ", @", ROLE_ANNOTATIONS.stream().sorted().toList())
                            : "has more than one role: " + roles);
            return null;
        }
        return new FieldSource(
                field.getName().toString(),
                field.getType().toString(),
                roles.get(0),
                decimal,
                column,
                line);
    }

    private void reportSyntaxErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file =
                        d.getSource() == null
                                ? "?"
                                : files.relative(Path.of(d.getSource().toUri()));
                errors.add(
                        file + ":" + d.getLineNumber(),
                        "syntax error: " + d.getMessage(Locale.ROOT));
            }
        }
    }

    private static ColumnRole roleOf(String annotation) {
        for (ColumnRole r : ColumnRole.values()) {
            if (r.annotation().equals(annotation)) {
                return r;
            }
        }
        throw new IllegalArgumentException(annotation);
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static long line(CompilationUnitTree unit, SourcePositions positions, Tree tree) {
        return unit.getLineMap().getLineNumber(positions.getStartPosition(unit, tree));
    }
}
