package com.gmall.rtdw.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFlinkClustersTest {
    @TempDir Path work;

    @Test
    void aRunningJvmIsFoundAndALeftoverOfAKilledOneIsNot() throws Exception {
        LocalFlinkClusters.register(work, 18081);
        // a file left by a JVM that was killed: no such process any more
        Path clusters = work.resolve("flink/clusters");
        Files.writeString(
                clusters.resolve(Long.MAX_VALUE - 1 + ".url"), "http://127.0.0.1:18099/\n");
        Files.writeString(clusters.resolve("notes.url"), "http://127.0.0.1:18098/\n");

        assertThat(LocalFlinkClusters.running(work))
                .containsExactly(
                        new LocalFlinkClusters.Entry(
                                "local:18081", URI.create("http://127.0.0.1:18081/")));
    }

    @Test
    void noFolderNoClusters() throws Exception {
        assertThat(LocalFlinkClusters.running(work.resolve("absent"))).isEmpty();
    }
}
