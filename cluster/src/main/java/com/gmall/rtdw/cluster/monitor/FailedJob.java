package com.gmall.rtdw.cluster.monitor;

/**
 * A job that failed for good (its restarts used up) and is still listed by its cluster: the one
 * ended job the monitor keeps showing, for an hour after its end, since a job that dies must not
 * just vanish from the metrics.
 *
 * @param endMillis when it failed, wall-clock milliseconds
 */
public record FailedJob(FlinkCluster cluster, String id, String name, long endMillis) {}
