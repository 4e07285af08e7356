package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.runtime.config.ConfigException;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checkpoint timeout cannot let a Kafka transaction outlive its own timeout while checkpoints
 * fail.
 */
class JobEnvironmentTest {
    /** The local configuration, with settings overridden as environment variables would. */
    private static GmallConfig config(Map<String, String> overrides) {
        Map<String, String> environment = new HashMap<>();
        overrides.forEach(
                (key, value) ->
                        environment.put(
                                "GMALL_" + key.toUpperCase().replaceAll("[.-]", "_"), value));
        return GmallConfig.load(
                Path.of(System.getProperty("gmall.root", "..")).resolve("conf/local.properties"),
                environment);
    }

    @Test
    void theDefaultsKeepFourFailedCheckpointsAndARestartWithinTheTransactionTimeout() {
        // 4 x (120 s + 10 s) + 10 s = 530 s < 900 s
        assertThat(JobEnvironment.checkTimeouts(config(Map.of()))).isEqualTo(120_000L);
    }

    @Test
    void aCheckpointTimeoutTooLongForTheTransactionTimeoutIsRefused() {
        // 4 x (200 s + 10 s) + 10 s = 850 s: no longer below a 10 min transaction timeout
        assertThatThrownBy(
                        () ->
                                JobEnvironment.checkTimeouts(
                                        config(
                                                Map.of(
                                                        "flink.checkpoint.timeout-ms",
                                                        "200000",
                                                        "kafka.transaction-timeout-ms",
                                                        "600000"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("flink.checkpoint.timeout-ms 200000")
                .hasMessageContaining("kafka.transaction-timeout-ms 600000");
    }

    @Test
    void sinksMustGiveUpRetryingBeforeTheCheckpointTimesOut() {
        assertThatThrownBy(
                        () ->
                                JobEnvironment.checkTimeouts(
                                        config(Map.of("retry.give-up-after-ms", "120000"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("retry.give-up-after-ms 120000");
    }
}
