package com.gmall.rtdw.cluster.monitor;

import com.gmall.rtdw.runtime.DwsFreshness;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One poll of every cluster discovery finds; a cluster that cannot be read is reported down, not
 * skipped.
 *
 * <p>Clusters are read at the same time: on YARN every job is a cluster of its own (27 for the
 * warehouse), each read is some 15 REST calls through the ResourceManager's proxy, and one after
 * another they would not fit a Prometheus scrape. A poll also has a budget: a cluster not read
 * within it is reported down with that reason, so that one stuck JobManager does not make the whole
 * scrape time out and every job's series vanish.
 */
public final class Monitor {
    /** Clusters read at once. */
    static final int READERS = 8;

    /** Below conf/prometheus/prometheus.yml's scrape_timeout (10 s). */
    static final Duration BUDGET = Duration.ofSeconds(8);

    /** Reads the DWS tables' freshness (a ClickHouse query per table). */
    @FunctionalInterface
    public interface FreshnessSource {
        List<DwsFreshness.Table> read() throws IOException;
    }

    private final ClusterDiscovery discovery;
    private final FlinkJobsReader reader;
    private final ExecutorService readers;
    private final Duration budget;
    private FreshnessSource freshness;

    public Monitor(ClusterDiscovery discovery, FlinkJobsReader reader) {
        this(discovery, reader, READERS, BUDGET);
    }

    /** Reads the DWS tables' freshness too, at each {@link #tables()}. */
    public Monitor withFreshness(FreshnessSource source) {
        this.freshness = source;
        return this;
    }

    Monitor(ClusterDiscovery discovery, FlinkJobsReader reader, int readers, Duration budget) {
        this.discovery = discovery;
        this.reader = reader;
        AtomicInteger count = new AtomicInteger();
        this.readers =
                Executors.newFixedThreadPool(
                        readers,
                        r -> {
                            Thread t =
                                    new Thread(r, "gmall-monitor-read-" + count.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        this.budget = budget;
    }

    /** Every cluster's read, in the order discovery found them. */
    public List<ClusterRead> poll() throws IOException {
        long deadline = System.nanoTime() + budget.toNanos();
        List<FlinkCluster> clusters = discovery.clusters();
        List<Future<FlinkJobsReader.Jobs>> reads = new ArrayList<>();
        for (FlinkCluster cluster : clusters) {
            reads.add(readers.submit(() -> reader.read(cluster)));
        }
        List<ClusterRead> results = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            results.add(collect(clusters.get(i), reads.get(i), deadline));
        }
        return results;
    }

    /**
     * The DWS tables' freshness, within the poll's budget; not configured when there is no
     * ClickHouse to read.
     */
    public TablesRead tables() {
        if (freshness == null) {
            return TablesRead.notConfigured();
        }
        Future<List<DwsFreshness.Table>> read = readers.submit(freshness::read);
        try {
            return TablesRead.read(read.get(budget.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            read.cancel(true);
            return TablesRead.down(
                    "not read within the poll's budget of " + budget.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return TablesRead.down(
                    cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            read.cancel(true);
            return TablesRead.down("interrupted");
        }
    }

    private ClusterRead collect(
            FlinkCluster cluster, Future<FlinkJobsReader.Jobs> read, long deadline) {
        try {
            FlinkJobsReader.Jobs jobs =
                    read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new ClusterRead(cluster, jobs.running(), jobs.failed(), null);
        } catch (TimeoutException e) {
            read.cancel(true);
            return down(
                    cluster, "not read within the poll's budget of " + budget.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return down(
                    cluster, cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            read.cancel(true);
            return down(cluster, "interrupted");
        }
    }

    private static ClusterRead down(FlinkCluster cluster, String why) {
        return new ClusterRead(cluster, List.of(), List.of(), why);
    }
}
