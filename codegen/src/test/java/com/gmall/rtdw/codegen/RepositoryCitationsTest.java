package com.gmall.rtdw.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: every defect code that code, schemas, tests or docs cite (defect
 * D5, (O1), a test name ending in ...D7) has its entry in docs/defects.md, and nothing cites a
 * document the repository does not hold. With the generator's other whole-repository check (the
 * committed DDL is current), as the build's first module.
 */
class RepositoryCitationsTest {
    private static final Path REPO =
            Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_DIRS =
            Set.of(".git", "target", ".gmall", "node_modules");
    private static final Pattern SOURCE =
            Pattern.compile(".*\\.(java|avsc|md|properties|ya?ml|xml|conf|ftl)|gmall|run");

    /**
     * A code as cited: its family letters and number, on its own or ending a test method's name.
     */
    private static final Pattern CODE =
            Pattern.compile(
                    "(?:(?<![A-Za-z0-9_])|(?<=[a-z]))(CP|PD|D|L|G|B|U|J|C|P|R|O|S|K)([0-9]{1,2})(?![A-Za-z0-9])");

    /**
     * Tokens of that shape that are no defect: bytes in hex (Avro's header C3, UTF-8 lead bytes),
     * phone models.
     */
    private static final Set<String> NOT_CODES = Set.of("C0", "C3", "C6", "K50", "P50", "S22");

    private static final Pattern OUTSIDE_DOCUMENT =
            Pattern.compile(
                    "(?<!docs/)\\b(design|platform|pipeline|style)\\.md\\b|\\.\\./shared\\b|\\bspec (§|[0-9])|§\\s?[0-9]");

    @Test
    void everyCitedDefectCodeIsDefinedInDocs() throws IOException {
        Set<String> defined = new TreeSet<>();
        Matcher heading =
                Pattern.compile("(?m)^### ([A-Z]+[0-9]+)$")
                        .matcher(read(REPO.resolve("docs/defects.md")));
        while (heading.find()) {
            defined.add(heading.group(1));
        }
        assertThat(defined).as("docs/defects.md's entries").isNotEmpty();
        List<String> undefined = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            Matcher m = CODE.matcher(text);
            while (m.find()) {
                String code = m.group(1) + m.group(2);
                if (!NOT_CODES.contains(code) && !defined.contains(code)) {
                    undefined.add(REPO.relativize(file) + ": " + code);
                }
            }
        }
        assertThat(undefined).as("codes cited without an entry in docs/defects.md").isEmpty();
    }

    @Test
    void noFileCitesADocumentOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : sources()) {
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (OUTSIDE_DOCUMENT.matcher(lines[i]).find()) {
                    outside.add(REPO.relativize(file) + ":" + (i + 1) + ": " + lines[i].trim());
                }
            }
        }
        assertThat(outside).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> all = Files.walk(REPO)) {
            return all.filter(
                            p ->
                                    REPO.relativize(p).toString().split("/").length > 0
                                            && java.util.stream.StreamSupport.stream(
                                                            REPO.relativize(p).spliterator(), false)
                                                    .noneMatch(
                                                            part ->
                                                                    SKIPPED_DIRS.contains(
                                                                            part.toString())))
                    .filter(Files::isRegularFile)
                    .filter(p -> SOURCE.matcher(p.getFileName().toString()).matches())
                    .filter(
                            p ->
                                    !p.equals(
                                            REPO.resolve(
                                                    "codegen/src/test/java/com/gmall/rtdw/codegen/RepositoryCitationsTest.java")))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
