package com.gmall.rtdw.jobs.dim.lookup;

import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.HistogramStatistics;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/**
 * Lookup latencies in milliseconds over the last 1,000 lookups; safe to update from several
 * threads.
 */
final class LatencyHistogram implements Histogram {
    private final DescriptiveStatisticsHistogram window = new DescriptiveStatisticsHistogram(1000);

    @Override
    public synchronized void update(long value) {
        window.update(value);
    }

    @Override
    public synchronized long getCount() {
        return window.getCount();
    }

    @Override
    public synchronized HistogramStatistics getStatistics() {
        return window.getStatistics();
    }
}
