package com.gmall.rtdw.cluster.monitor;

import java.util.List;

/**
 * One poll of one cluster: its jobs that have not ended and those that failed lately, or why it
 * could not be read.
 *
 * @param error null when the cluster answered
 */
public record ClusterRead(
        FlinkCluster cluster, List<JobSnapshot> jobs, List<FailedJob> failed, String error) {
    public boolean up() {
        return error == null;
    }
}
