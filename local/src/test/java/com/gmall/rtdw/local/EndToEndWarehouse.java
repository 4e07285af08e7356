package com.gmall.rtdw.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.check.ExpectedDws;
import com.gmall.rtdw.check.JdbcShopHistory;
import com.gmall.rtdw.check.WarehouseRows;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobCatalog;
import com.gmall.rtdw.jobs.runtime.LocalCluster;
import com.gmall.rtdw.jobs.runtime.MariaDb;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.DwsDdl;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.sim.GenCommand;
import com.gmall.rtdw.sim.ShopTransaction;
import com.gmall.rtdw.sim.SimListener;
import com.gmall.rtdw.stack.OdsBinlogProbe;
import com.gmall.rtdw.stack.StackSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;

/**
 * The warehouse the end-to-end cases run on: every ODS, DIM, DWD and DWS job in one local cluster
 * on the test stack, everything the simulator wrote in the cases so far (a day's new-visitor flags
 * depend on the earlier days' lines), and the comparison of all ten DWS tables with what {@link
 * ExpectedDws} computes from that, never with the jobs' code.
 */
final class EndToEndWarehouse implements AutoCloseable {
    private static final long WINDOW_MS = 10_000;
    static final Duration RESULTS_WAIT = Duration.ofMinutes(5);

    /**
     * When the case's shop began writing: a failed comparison shows the dead letters from then on.
     */
    private volatile Instant shopStarted = Instant.EPOCH;

    /** The dims the DWS jobs look up, each must be in Phoenix before the scenario starts. */
    private static final List<String> DIMS =
            List.of(
                    "sku_info",
                    "spu_info",
                    "base_trademark",
                    "base_category1",
                    "base_category2",
                    "base_category3",
                    "base_province");

    final TestStack stack;
    final StackSettings settings;
    final GmallConfig config;
    final ZoneId zone;

    /**
     * Every job's checkpoints, under a folder of its own: whichever cluster or JVM runs the jobs
     * resumes from here.
     */
    final Path jobsFolder;

    final LocalCluster cluster;
    final Map<String, JobID> jobs = new LinkedHashMap<>();
    final Recording recording = new Recording();

    private EndToEndWarehouse(TestStack stack, Path jobsFolder, LocalCluster cluster) {
        this.stack = stack;
        this.settings = stack.settings();
        this.config = settings.config();
        this.zone = config.timeZone();
        this.jobsFolder = jobsFolder;
        this.cluster = cluster;
    }

    /**
     * Every job started without state, once OdsDbApp's snapshot is done and DimApp has filled the
     * looked-up dims.
     */
    static EndToEndWarehouse start() throws Exception {
        TestStack stack = TestStack.get();
        GmallConfig config = stack.settings().config();
        DwsDdl.apply(config.clickHouse(), Tables.all(), config.timeZone());
        Path folder = stack.folder("e2e");
        EndToEndWarehouse warehouse =
                new EndToEndWarehouse(stack, folder, LocalCluster.start(folder, 40, 0));
        warehouse.restartEveryJob(config, name -> false);
        // the shop starts after the snapshot
        OdsBinlogProbe.await(stack.settings(), Duration.ofMinutes(5), line -> {});
        for (String table : DIMS) {
            long rows = StackClients.mariadbCount(config, table);
            String dim = "GMALL_REALTIME.DIM_" + table.toUpperCase();
            StackClients.await(
                    dim + " filled by DimApp",
                    () ->
                            StackClients.phoenixTableExists(config, dim)
                                    ? StackClients.phoenixCount(config, dim)
                                    : -1L,
                    n -> n >= rows,
                    Duration.ofMinutes(3));
        }
        return warehouse;
    }

    /** The shop simulator with {@code genArgs}, recorded. */
    void write(List<String> genArgs) throws Exception {
        shopStarted = Instant.now();
        GenCommand.run(settings, genArgs, System.out, recording);
    }

    /** The shop simulator with {@code genArgs}, recorded, in a thread of its own. */
    CompletableFuture<Void> writeInBackground(List<String> genArgs) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        write(genArgs);
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                });
    }

    /**
     * Cancels every job without a savepoint (as a crash would end it); its retained checkpoints
     * stay.
     */
    void cancelEveryJob() throws Exception {
        for (JobID job : jobs.values()) {
            cluster.cancel(job);
        }
    }

    void restartEveryJobFromItsLatestCheckpoint() throws Exception {
        restartEveryJob(config, name -> true);
    }

    /**
     * Starts every job with {@code config}, those {@code resumed} names from their latest
     * checkpoint.
     */
    void restartEveryJob(GmallConfig config, Predicate<String> resumed) throws Exception {
        for (Supplier<GmallJob> factory : JobCatalog.inStartOrder()) {
            GmallJob job = factory.get();
            String checkpoint = null;
            if (resumed.test(job.name())) {
                checkpoint =
                        cluster.latestCheckpoint(job.name())
                                .orElseThrow(
                                        () ->
                                                new AssertionError(
                                                        job.name() + " left no checkpoint"))
                                .toString();
            }
            jobs.put(job.name(), cluster.submit(job, config, checkpoint));
        }
        awaitAllRunning();
    }

    /**
     * Cancels one job and starts it again from its latest checkpoint; returns once every job runs.
     */
    void restartFromItsLatestCheckpoint(String name) throws Exception {
        cluster.cancel(jobs.get(name));
        GmallJob job =
                JobCatalog.inStartOrder().stream()
                        .map(Supplier::get)
                        .filter(j -> j.name().equals(name))
                        .findFirst()
                        .orElseThrow();
        String checkpoint =
                cluster.latestCheckpoint(name)
                        .orElseThrow(() -> new AssertionError(name + " left no checkpoint"))
                        .toString();
        jobs.put(name, cluster.submit(job, config, checkpoint));
        awaitAllRunning();
    }

    void awaitACheckpointOfEveryJob() throws Exception {
        StackClients.await(
                "a checkpoint of every job",
                () -> {
                    int withCheckpoint = 0;
                    for (String name : jobs.keySet()) {
                        withCheckpoint += cluster.latestCheckpoint(name).isPresent() ? 1 : 0;
                    }
                    return withCheckpoint;
                },
                n -> n == jobs.size(),
                Duration.ofMinutes(2));
    }

    void assertSameAsComputed(LocalDateTime day) throws Exception {
        assertSameAsComputed(day, ExpectedDws.SnapshotRead.NONE);
    }

    /**
     * Waits until ClickHouse shows exactly the computed rows of the day, then compares table by
     * table.
     */
    void assertSameAsComputed(LocalDateTime day, ExpectedDws.SnapshotRead snapshot)
            throws Exception {
        long from = day.toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
        long to = day.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Map<String, List<Map<String, String>>> expected;
        try (Connection shop = MariaDb.of(config, "gmall").connect()) {
            expected =
                    ExpectedDws.restrictTo(
                            ExpectedDws.compute(
                                    recording.business,
                                    recording.logLines,
                                    new JdbcShopHistory(shop, zone),
                                    zone,
                                    WINDOW_MS,
                                    snapshot),
                            from,
                            to);
        }
        for (String table : ExpectedDws.COLUMNS.keySet()) {
            assertThat(expected.get(table))
                    .as("the scenario gives rows for %s", table)
                    .isNotEmpty();
        }
        WarehouseRows warehouse = new WarehouseRows(config.clickHouse());
        Map<String, List<Map<String, String>>> actual = warehouse.read(from, to);
        long deadline = System.nanoTime() + RESULTS_WAIT.toNanos();
        while (!actual.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            actual = warehouse.read(from, to);
        }
        String differences = WarehouseRows.differences(expected, actual);
        if (!differences.isEmpty()) {
            // what was going on when the rows did not come, for a run seen only in a CI log
            String state = new WhyRowsDiffer(config, cluster, jobs, shopStarted).describe();
            System.out.println("e2e " + day.toLocalDate() + " differs; " + state);
            differences += state;
        }
        Files.writeString(Path.of("target", "e2e-" + day.toLocalDate() + ".txt"), differences);
        assertThat(differences)
                .as("rows only computed (-) or only in ClickHouse (+), per table")
                .isEmpty();
    }

    /** Every job's task restarts after failures so far ({@link LocalCluster#taskRestarts}). */
    long taskRestarts() throws Exception {
        long restarts = 0;
        for (JobID job : jobs.values()) {
            restarts += cluster.taskRestarts(job);
        }
        return restarts;
    }

    /**
     * Rows of {@code table} whose window starts on {@code day} or later, as {@code FINAL} shows
     * them.
     */
    long rowsOfDay(String table, LocalDateTime day) throws Exception {
        long from = day.toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli() / 1000;
        return Long.parseLong(
                new ClickHouseHttp(config.clickHouse())
                        .execute(
                                "SELECT count() FROM "
                                        + table
                                        + " FINAL WHERE toUnixTimestamp(stt) >= "
                                        + from
                                        + " FORMAT TSV")
                        .trim());
    }

    /**
     * Rows ever inserted into the ten tables (every version, not merged): grows with each insert.
     */
    long rowsOfAllTables() throws Exception {
        long rows = 0;
        for (String table : ExpectedDws.COLUMNS.keySet()) {
            rows +=
                    Long.parseLong(
                            new ClickHouseHttp(config.clickHouse())
                                    .execute("SELECT count() FROM " + table + " FORMAT TSV")
                                    .trim());
        }
        return rows;
    }

    /**
     * Waits until ClickHouse has taken rows since it held {@code rows} ({@link #rowsOfAllTables}),
     * or {@code max}.
     */
    void awaitNewRows(long rows, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (rowsOfAllTables() == rows && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    private void awaitAllRunning() throws Exception {
        StackClients.await(
                "every job running",
                () -> {
                    int running = 0;
                    for (JobID job : jobs.values()) {
                        JobStatus status = cluster.status(job);
                        assertThat(status.isGloballyTerminalState())
                                .as("a job ended: " + status)
                                .isFalse();
                        running += status == JobStatus.RUNNING ? 1 : 0;
                    }
                    return running;
                },
                n -> n == jobs.size(),
                Duration.ofMinutes(3));
    }

    /** Cancels what still runs here and stops the cluster. */
    @Override
    public void close() throws Exception {
        for (JobID job : jobs.values()) {
            if (!cluster.status(job).isGloballyTerminalState()) {
                cluster.cancel(job);
            }
        }
        cluster.close();
    }

    /** What the simulator wrote, as it wrote it. */
    static final class Recording implements SimListener {
        final List<ExpectedDws.Business> business = new ArrayList<>();
        final List<String> logLines = new ArrayList<>();

        @Override
        public void business(long millis, ShopTransaction transaction) {
            business.add(new ExpectedDws.Business(millis, transaction));
        }

        @Override
        public void logLine(long millis, String line) {
            logLines.add(line);
        }
    }
}
