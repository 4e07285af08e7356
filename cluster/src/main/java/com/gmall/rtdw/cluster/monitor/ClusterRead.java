package com.gmall.rtdw.cluster.monitor;

import java.util.List;

/**
 * One poll of one cluster: its jobs, or why it could not be read.
 *
 * @param error null when the cluster answered
 */
public record ClusterRead(FlinkCluster cluster, List<JobSnapshot> jobs, String error) {
    public boolean up() {
        return error == null;
    }
}
