package com.gmall.rtdw.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job with retained checkpoints is not started without them unless the user says so. */
class RetainedStateTest {
    @TempDir Path checkpoints;

    @TempDir Path savepoints;

    private List<String> folders() {
        return List.of(
                RetainedState.jobFolder(checkpoints.toUri().toString(), "OdsDbApp"),
                RetainedState.jobFolder(savepoints.toUri().toString(), "OdsDbApp"));
    }

    private Path checkpoint(String run, int n, long modifiedMillis, boolean complete)
            throws Exception {
        Path chk =
                Files.createDirectories(
                        checkpoints.resolve("OdsDbApp").resolve(run).resolve("chk-" + n));
        if (complete) {
            Path metadata = Files.writeString(chk.resolve("_metadata"), "x");
            Files.setLastModifiedTime(metadata, FileTime.fromMillis(modifiedMillis));
        }
        return chk;
    }

    @Test
    void aJobWithoutStateStarts() {
        assertThatCode(() -> RetainedState.checkStart("submit", "OdsDbApp", null, false, folders()))
                .doesNotThrowAnyException();
    }

    @Test
    void aJobWithStateIsRefusedNamingItsLatestCompleteCheckpoint() throws Exception {
        checkpoint("aaa", 7, 1_000, true);
        Path latest = checkpoint("bbb", 2, 2_000, true); // a later run: its numbers start again
        checkpoint("bbb", 3, 3_000, false); // being written when the job died: no _metadata

        assertThat(RetainedState.latest(folders()))
                .hasValueSatisfying(
                        p ->
                                assertThat(p)
                                        .endsWith(latest.getFileName().toString())
                                        .contains("bbb"));
        assertThatThrownBy(
                        () ->
                                RetainedState.checkStart(
                                        "submit", "OdsDbApp", null, false, folders()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bin/gmall submit OdsDbApp --from-savepoint")
                .hasMessageContaining("bbb/chk-2")
                .hasMessageContaining("--fresh");
    }

    @Test
    void aSavepointLeftByCancelIsStateToo() throws Exception {
        checkpoint("aaa", 7, 1_000, true);
        Path savepoint =
                Files.createDirectories(
                        savepoints.resolve("OdsDbApp").resolve("savepoint-1a2b3c-0123"));
        Files.setLastModifiedTime(
                Files.writeString(savepoint.resolve("_metadata"), "x"), FileTime.fromMillis(5_000));

        assertThat(RetainedState.latest(folders()))
                .hasValueSatisfying(p -> assertThat(p).endsWith("OdsDbApp/savepoint-1a2b3c-0123"));
    }

    @Test
    void resumingOrStartingAfreshIsTheUsersChoice() throws Exception {
        checkpoint("aaa", 7, 1_000, true);

        assertThatCode(
                        () ->
                                RetainedState.checkStart(
                                        "run", "OdsDbApp", "/sp/savepoint-1", false, folders()))
                .doesNotThrowAnyException();
        assertThatCode(() -> RetainedState.checkStart("run", "OdsDbApp", null, true, folders()))
                .doesNotThrowAnyException();
    }
}
