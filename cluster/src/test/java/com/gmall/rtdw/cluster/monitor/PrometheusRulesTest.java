package com.gmall.rtdw.cluster.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * conf/prometheus checked by promtool (Debian package prometheus, installed by .ci/run): the
 * configuration and rules are valid, and every unit test under conf/prometheus/tests passes, the
 * recorded-run ones included.
 */
class PrometheusRulesTest {
    private static final Path DIR =
            Path.of(System.getProperty("gmall.root", "..")).resolve("conf/prometheus");

    @Test
    void configurationAndRulesAreValid() throws Exception {
        assertThat(promtool("check", "config", "prometheus.yml")).contains("SUCCESS");
        assertThat(promtool("check", "rules", "alerts.yml")).contains("SUCCESS");
    }

    @Test
    void alertUnitTestsPass() throws Exception {
        List<String> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR.resolve("tests"))) {
            files.filter(f -> f.toString().endsWith("_test.yml"))
                    .sorted()
                    .forEach(f -> tests.add(DIR.relativize(f).toString()));
        }
        assertThat(tests).contains("tests/alerts_test.yml", "tests/recorded_test.yml");
        List<String> command = new ArrayList<>(List.of("test", "rules"));
        command.addAll(tests);
        assertThat(promtool(command.toArray(String[]::new))).contains("SUCCESS");
    }

    private static String promtool(String... args) throws Exception {
        Path binary = Path.of("/usr/bin/promtool");
        assertThat(binary).as("promtool (apt-get install -y prometheus)").isExecutable();
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(List.of(args));
        Process process =
                new ProcessBuilder(command)
                        .directory(DIR.toFile())
                        .redirectErrorStream(true)
                        .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }
}
