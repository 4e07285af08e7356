package com.gmall.rtdw.cluster.yarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A new JobManager never starts a job without its state: ZooKeeper HA, or a single application
 * attempt.
 */
class HighAvailabilityTest {
    private static GmallConfig config(Map<String, String> environment) {
        return GmallConfig.load(
                Path.of(System.getProperty("gmall.root", "..")).resolve("conf/local.properties"),
                new HashMap<>(environment));
    }

    @Test
    void withoutZooKeeperAJobManagerThatDiesFailsTheApplication() {
        assertThat(HighAvailability.flinkSettings(config(Map.of())))
                .containsExactly(Map.entry("yarn.application-attempts", "1"));
    }

    @Test
    void withZooKeeperANewJobManagerFindsTheLatestCheckpoint() {
        Map<String, String> settings =
                HighAvailability.flinkSettings(
                        config(
                                Map.of(
                                        "GMALL_FLINK_HA_ZOOKEEPER_QUORUM",
                                        "zk1:2181,zk2:2181",
                                        "GMALL_FLINK_HA_STORAGE_DIR",
                                        "hdfs:///gmall/flink/ha")));

        assertThat(settings)
                .containsEntry("high-availability", "zookeeper")
                .containsEntry("high-availability.zookeeper.quorum", "zk1:2181,zk2:2181")
                .containsEntry("high-availability.storageDir", "hdfs:///gmall/flink/ha")
                .doesNotContainKey("yarn.application-attempts");
    }

    @Test
    void aQuorumWithoutAStorageFolderIsRefused() {
        assertThatThrownBy(
                        () ->
                                HighAvailability.flinkSettings(
                                        config(
                                                Map.of(
                                                        "GMALL_FLINK_HA_ZOOKEEPER_QUORUM",
                                                        "zk1:2181"))))
                .hasMessageContaining("flink.ha.storage-dir");
    }
}
