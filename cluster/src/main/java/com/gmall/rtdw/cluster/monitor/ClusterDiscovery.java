package com.gmall.rtdw.cluster.monitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Flink clusters to poll, found afresh on every poll so that a cluster that ended is gone from
 * the next one: addresses given on the command line, this machine's local runs, and the Flink
 * applications running on YARN.
 */
public final class ClusterDiscovery {
    /** One way of finding clusters. */
    public interface Source {
        List<FlinkCluster> clusters() throws IOException;
    }

    private final List<Source> sources;

    public ClusterDiscovery(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Clusters at fixed addresses. */
    public static Source fixed(List<FlinkCluster> clusters) {
        List<FlinkCluster> copy = List.copyOf(clusters);
        return () -> copy;
    }

    public List<FlinkCluster> clusters() throws IOException {
        List<FlinkCluster> clusters = new ArrayList<>();
        for (Source source : sources) {
            clusters.addAll(source.clusters());
        }
        return clusters;
    }
}
