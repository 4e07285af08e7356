package com.gmall.rtdw.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterMainTest {
    private static final List<String> SUBMIT = List.of("--conf", "--target", "--from-savepoint");

    @Test
    void optionsAreReadAfterTheJob() {
        ClusterMain.Options options = ClusterMain.Options.parse(new String[] {"submit", "BaseLogApp", "--conf", "c.p",
                "--from-savepoint", "hdfs:///sp/1"}, 1, SUBMIT);
        assertThat(options.job()).isEqualTo("BaseLogApp");
        assertThat(options.required("--conf")).isEqualTo("c.p");
        assertThat(options.value("--target", "yarn-per-job")).isEqualTo("yarn-per-job");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> ClusterMain.Options.parse(new String[] {"submit", "--conf", "c.p"}, 1, SUBMIT))
                .hasMessageContaining("which job?");
        assertThatThrownBy(() -> ClusterMain.Options.parse(new String[] {"submit", "A", "--savepoint", "x"}, 1,
                SUBMIT)).hasMessageContaining("unknown option --savepoint").hasMessageContaining("--from-savepoint");
        assertThatThrownBy(() -> ClusterMain.Options.parse(new String[] {"submit", "A", "--conf"}, 1, SUBMIT))
                .hasMessageContaining("--conf needs a value");
        assertThatThrownBy(() -> ClusterMain.Options.parse(new String[] {"submit", "A"}, 1, SUBMIT)
                .required("--conf")).hasMessageContaining("--conf is required");
    }
}
