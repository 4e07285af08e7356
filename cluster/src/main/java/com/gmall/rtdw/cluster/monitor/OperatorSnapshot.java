package com.gmall.rtdw.cluster.monitor;

import java.util.Map;

/**
 * One vertex (chain of operators) of a job: the metrics it reported, each aggregated over its
 * subtasks.
 */
public record OperatorSnapshot(String name, Map<OperatorMetric, Double> values) {

    /** The metric's value, NaN when the vertex does not report it. */
    public double value(OperatorMetric metric) {
        return values.getOrDefault(metric, Double.NaN);
    }
}
