package com.gmall.rtdw.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reset} deletes a work folder {@code up} made, and nothing else a mistyped GMALL_HOME
 * points at.
 */
class StackResetTest {
    @TempDir Path dir;

    private Stack stackAt(Path home) {
        StackSettings settings =
                StackSettings.load(
                        Path.of(System.getProperty("gmall.root", "..")),
                        Map.of("GMALL_HOME", home.toString()));
        return new Stack(
                settings,
                new Output(
                        new PrintStream(
                                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void aFolderWithoutTheMarkerIsLeftAlone() throws Exception {
        Path precious = Files.writeString(dir.resolve("thesis.txt"), "years of work");
        assertThatThrownBy(() -> stackAt(dir).reset()).hasMessageContaining("not a work folder");
        assertThat(precious).hasContent("years of work");
    }

    @Test
    void aWorkFolderIsDeleted() throws Exception {
        Path home = Files.createDirectories(dir.resolve("work"));
        Files.writeString(home.resolve(Stack.MARKER), "");
        Files.createDirectories(home.resolve("kafka/data"));
        stackAt(home).reset();
        assertThat(home).doesNotExist();
    }
}
