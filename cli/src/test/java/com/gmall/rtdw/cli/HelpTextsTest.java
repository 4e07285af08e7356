package com.gmall.rtdw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * cli/help/ is what the commands print for --help today (bin/gmall prints those files without a
 * build).
 */
class HelpTextsTest {
    private static final Path FOLDER =
            Path.of(System.getProperty("gmall.root", "..")).resolve("cli/help");

    @Test
    void theCommittedHelpFilesAreCurrent() throws IOException {
        Map<String, String> committed = new TreeMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                committed.put(
                        file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(committed)
                .as(
                        "cli/help/ is stale: regenerate it with "
                                + "`./mvnw -B -q -pl cli compile exec:java -Dexec.mainClass=com.gmall.rtdw.cli.HelpTexts`")
                .isEqualTo(HelpTexts.all());
    }

    @Test
    void everyCommandHasHelpWithItsUsageAndDescription() {
        Map<String, String> texts = HelpTexts.all();
        assertThat(texts)
                .containsKeys(
                        "gmall.txt",
                        "gmall-up.txt",
                        "gmall-topic-tail.txt",
                        "gmall-ddl-apply.txt",
                        "gmall-submit.txt",
                        "gmall-monitor.txt",
                        "gmall-gen.txt",
                        "gmall-run.txt");
        texts.forEach(
                (file, text) ->
                        assertThat(text).as(file).contains("Usage: gmall").contains("-h, --help"));
        assertThat(texts.get("gmall.txt")).contains("Exit status: 0 done; 1 failed");
    }
}
