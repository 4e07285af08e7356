package com.gmall.rtdw.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.ClusterCommands;
import com.gmall.rtdw.cli.UsageException;
import org.junit.jupiter.api.Test;

class ClusterMainTest {
    @Test
    void submitReadsItsJobAndOptions() {
        ClusterCommands.Submit submit =
                Cli.parse(
                        ClusterCommands.Submit.class,
                        "submit",
                        "BaseLogApp",
                        "--conf",
                        "c.p",
                        "--from-savepoint",
                        "hdfs:///sp/1");
        assertThat(submit.job).isEqualTo("BaseLogApp");
        assertThat(submit.conf).isEqualTo("c.p");
        assertThat(submit.target).isEqualTo("yarn-per-job");
        assertThat(submit.start().savepoint()).contains("hdfs:///sp/1");
        assertThat(submit.start().fresh).isFalse();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> Cli.parse(ClusterCommands.Submit.class, "submit", "--conf", "c.p"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("JOB");
        assertThatThrownBy(
                        () ->
                                Cli.parse(
                                        ClusterCommands.Submit.class,
                                        "submit",
                                        "A",
                                        "--conf",
                                        "c",
                                        "--savepoint",
                                        "x"))
                .hasMessageContaining("Unknown option")
                .hasMessageContaining("--savepoint");
        assertThatThrownBy(() -> Cli.parse(ClusterCommands.Submit.class, "submit", "A", "--conf"))
                .hasMessageContaining("--conf");
        assertThatThrownBy(() -> Cli.parse(ClusterCommands.Submit.class, "submit", "A"))
                .hasMessageContaining("Missing required option")
                .hasMessageContaining("--conf");
        assertThatThrownBy(
                        () ->
                                Cli.parse(
                                        ClusterCommands.Submit.class,
                                        "submit",
                                        "A",
                                        "--conf",
                                        "c",
                                        "--fresh",
                                        "--from-savepoint",
                                        "s"))
                .hasMessageContaining("mutually exclusive");
    }
}
