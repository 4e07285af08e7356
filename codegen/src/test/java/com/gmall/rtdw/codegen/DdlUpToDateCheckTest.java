package com.gmall.rtdw.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's check that the committed DDL matches the model, and the write mode that fixes it. */
class DdlUpToDateCheckTest {
    @TempDir Path root;

    private FixtureRepository repository;

    private Path ddl;

    @BeforeEach
    void copyFixtureModel() throws IOException {
        repository = FixtureRepository.in(root);
        ddl = repository.file("ddl/clickhouse/dws_sample_window.sql");
    }

    @Test
    void checkFailsOnMissingDdlAndNamesTheCommand() {
        assertThatThrownBy(() -> run("check"))
                .hasMessageContaining("ddl/clickhouse/dws_sample_window.sql is missing")
                .hasMessageContaining("Run `mvn generate-sources` and commit ddl/clickhouse/");
    }

    @Test
    void writeThenCheckPasses() {
        run("write");
        assertThat(ddl).exists();
        run("check");
    }

    @Test
    void checkFailsOnEditedDdl() throws IOException {
        run("write");
        // (an edited column type reads as a retyped column: DdlEvolutionTest)
        Files.writeString(ddl, Files.readString(ddl).replace("Do not edit.", "Edited."));
        assertThatThrownBy(() -> run("check"))
                .hasMessageContaining("dws_sample_window.sql is out of date");
    }

    @Test
    void checkFailsOnDdlOfARemovedTable() throws IOException {
        run("write");
        Files.writeString(
                ddl.resolveSibling("dws_gone.sql"), "CREATE TABLE dws_gone (x UInt8) ENGINE = Log");
        assertThatThrownBy(() -> run("check"))
                .hasMessageContaining("ddl/clickhouse/dws_gone.sql is no longer generated");
    }

    @Test
    void writeLeavesUnchangedFilesAlone() throws IOException {
        run("write");
        Path writer = root.resolve("out/com/gmall/rtdw/clickhouse/SampleWindowWriter.java");
        var before = Files.getLastModifiedTime(writer);
        Files.setLastModifiedTime(
                writer, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() - 60_000));
        var aged = Files.getLastModifiedTime(writer);
        run("write");
        assertThat(Files.getLastModifiedTime(writer)).isEqualTo(aged);
    }

    @Test
    void writeDeletesStaleJava() throws IOException {
        Path stale = root.resolve("out/com/example/Stale.java");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "class Stale {}");
        run("write");
        assertThat(stale).doesNotExist();
    }

    private void run(String ddlMode) {
        repository.generate(ddlMode);
    }
}
