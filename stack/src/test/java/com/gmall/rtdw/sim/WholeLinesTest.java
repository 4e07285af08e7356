package com.gmall.rtdw.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeLinesTest {
    @TempDir Path dir;

    @Test
    void linesReachTheFileOnlyWhole() throws Exception {
        Path file = dir.resolve("app.log");
        try (WholeLines lines = new WholeLines(file)) {
            lines.append("{\"a\":1}");
            assertThat(Files.readString(file)).as("nothing before a flush").isEmpty();
            lines.flush();
            assertThat(Files.readString(file)).isEqualTo("{\"a\":1}\n");
            // many lines of a size that a 8 KB buffer would cut: what the file holds at any time
            // ends with a line end
            String line = "x".repeat(999);
            for (int i = 0; i < 200; i++) {
                lines.append(line);
                String held = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(held).endsWith("\n");
            }
            assertThat(Files.size(file))
                    .as("written out without a flush once 64 KB gathered")
                    .isGreaterThan(64 * 1024);
        }
        assertThat(Files.readAllLines(file)).hasSize(201);
    }

    @Test
    void appendsToWhatEarlierRunsWrote() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (WholeLines lines = new WholeLines(file)) {
            lines.append("first");
        }
        try (WholeLines lines = new WholeLines(file)) {
            lines.append("second");
        }
        assertThat(Files.readAllLines(file)).containsExactly("first", "second");
    }
}
