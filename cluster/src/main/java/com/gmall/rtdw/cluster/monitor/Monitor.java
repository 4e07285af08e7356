package com.gmall.rtdw.cluster.monitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One poll of every cluster discovery finds; a cluster that cannot be read is reported down, not skipped. */
public final class Monitor {
    private final ClusterDiscovery discovery;
    private final FlinkJobsReader reader;

    public Monitor(ClusterDiscovery discovery, FlinkJobsReader reader) {
        this.discovery = discovery;
        this.reader = reader;
    }

    public List<ClusterRead> poll() throws IOException {
        List<ClusterRead> reads = new ArrayList<>();
        for (FlinkCluster cluster : discovery.clusters()) {
            try {
                FlinkJobsReader.Jobs jobs = reader.read(cluster);
                reads.add(new ClusterRead(cluster, jobs.running(), jobs.failed(), null));
            } catch (IOException | RuntimeException e) {
                reads.add(new ClusterRead(cluster, List.of(), List.of(), e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        return reads;
    }
}
