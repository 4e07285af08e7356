package com.gmall.rtdw.cluster.yarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkCliSubmitTest {
    @TempDir Path home;

    @Test
    void theReferenceDesignsCommandLine() {
        FlinkCliSubmit cli = new FlinkCliSubmit(Path.of("/opt/flink"));
        assertThat(
                        cli.command(
                                "BaseLogApp",
                                "com.gmall.rtdw.jobs.dwd.log.BaseLogApp",
                                Path.of("/r/jobs.jar"),
                                List.of("--conf", "/r/cluster.properties"),
                                "hdfs:///sp/savepoint-1",
                                false,
                                Map.of("yarn.application-attempts", "1")))
                .containsExactly(
                        "/opt/flink/bin/flink",
                        "run",
                        "-d",
                        "-t",
                        "yarn-per-job",
                        "-Dyarn.application.name=gmall BaseLogApp",
                        "-Dyarn.application-attempts=1",
                        "-s",
                        "hdfs:///sp/savepoint-1",
                        "-c",
                        "com.gmall.rtdw.jobs.dwd.log.BaseLogApp",
                        "/r/jobs.jar",
                        "--conf",
                        "/r/cluster.properties");
    }

    @Test
    void aSavepointHoldingStateOfRetiredOperatorsIsRestoredWithoutIt() {
        FlinkCliSubmit cli = new FlinkCliSubmit(Path.of("/opt/flink"));
        assertThat(
                        cli.command(
                                "J",
                                "com.example.J",
                                Path.of("/r/jobs.jar"),
                                List.of(),
                                "hdfs:///sp/savepoint-1",
                                true,
                                Map.of()))
                .containsSequence("-s", "hdfs:///sp/savepoint-1", "--allowNonRestoredState");
    }

    @Test
    void onlyAFlink113InstallationIsUsed() throws Exception {
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("bin/flink"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(
                home.resolve("bin/flink"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("lib/flink-dist_2.12-1.17.2.jar"), "");
        assertThatThrownBy(() -> new FlinkCliSubmit(home).checkVersion())
                .hasMessageContaining("is not Flink 1.13");

        Files.writeString(home.resolve("lib/flink-dist_2.12-1.13.6.jar"), "");
        new FlinkCliSubmit(home).checkVersion();
        assertThatThrownBy(() -> new FlinkCliSubmit(home.resolve("nothing")).checkVersion())
                .hasMessageContaining("not a Flink installation");
    }
}
