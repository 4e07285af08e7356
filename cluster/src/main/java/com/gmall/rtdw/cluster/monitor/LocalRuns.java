package com.gmall.rtdw.cluster.monitor;

import com.gmall.rtdw.runtime.LocalFlinkClusters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The MiniClusters of this machine's local runs (bin/gmall run, bin/gmall demo), registered under
 * GMALL_HOME.
 */
public final class LocalRuns implements ClusterDiscovery.Source {
    private final Path work;

    public LocalRuns(Path work) {
        this.work = work;
    }

    @Override
    public List<FlinkCluster> clusters() throws IOException {
        return LocalFlinkClusters.running(work).stream()
                .map(e -> new FlinkCluster(e.name(), e.rest()))
                .toList();
    }
}
