package com.gmall.rtdw.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobCatalog;
import com.gmall.rtdw.jobs.runtime.LocalCluster;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.MariaDb;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.check.ExpectedDws;
import com.gmall.rtdw.check.JdbcShopHistory;
import com.gmall.rtdw.check.WarehouseRows;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.DwsDdl;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.sim.GenCommand;
import com.gmall.rtdw.sim.ShopTransaction;
import com.gmall.rtdw.sim.SimListener;
import com.gmall.rtdw.stack.OdsBinlogProbe;
import com.gmall.rtdw.stack.StackSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole warehouse on the real local stack: every ODS, DIM, DWD and DWS job in one local cluster, the simulator's
 * fixed scenario {@code e2e} written to MariaDB and the app log files (Flume carries them to Kafka) at its rate in
 * real time, as a live shop writes (a replay burst puts partitions seconds of event time apart, beyond the jobs'
 * out-of-orderness bounds: windows take such late records back, first-of-day counts may not), and all ten DWS
 * tables read back from ClickHouse with {@code FINAL}. The expected rows are computed by {@link ExpectedDws} from
 * the raw data the simulator wrote (its transactions and log lines) and the shop database, never with the jobs'
 * code; every row must match, window, dimensions and measures.
 *
 * <p>The second case runs the scenario on the next day with every job killed halfway (cancelled without a
 * savepoint) and started again from its last retained checkpoint: the results must be the same as computed. The
 * third commits a tenth of the shop's transactions up to 90 s after later ones (within the allowed lateness). The
 * fourth stops every job, writes a whole scenario with late logs and transactions, and only then starts the jobs
 * again from their checkpoints: they catch up on the backlog. The fifth kills every job while such a scenario is
 * still being written, and restarts them from their checkpoints. The sixth writes a day while every job is stopped
 * and then starts OdsDbApp afresh, as on a shop that had the day's data before the warehouse's first start: its
 * snapshot carries the day's facts. The seventh sends page logs of a day's first seconds minutes after their windows
 * closed for good: they are dead letters with their reason and count nowhere. The eighth moves every job to a JVM of
 * its own and kills that JVM with SIGKILL while the shop writes, late records among the rest, then starts the jobs
 * in a new JVM from their retained checkpoints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehouseEndToEndITCase {
    private static final long WINDOW_MS = 10_000;
    private static final Duration RESULTS_WAIT = Duration.ofMinutes(5);
    /** The dims the DWS jobs look up, each must be in Phoenix before the scenario starts. */
    private static final List<String> DIMS = List.of("sku_info", "spu_info", "base_trademark", "base_category1",
            "base_category2", "base_category3", "base_province");

    private StackSettings settings;
    private GmallConfig config;
    private ZoneId zone;
    private TestStack stack;
    private Path jobsFolder;
    private LocalCluster cluster;
    private final Map<String, JobID> jobs = new LinkedHashMap<>();
    /** Everything both cases wrote: the second day's new-visitor flags depend on the first day's lines. */
    private final Recording recording = new Recording();

    @BeforeAll
    void startEveryJob() throws Exception {
        stack = TestStack.get();
        settings = stack.settings();
        config = settings.config();
        zone = config.timeZone();
        DwsDdl.apply(config.clickHouse());
        jobsFolder = stack.folder("e2e");
        cluster = LocalCluster.start(jobsFolder, 40, 0);
        for (Supplier<GmallJob> factory : JobCatalog.inStartOrder()) {
            GmallJob job = factory.get();
            jobs.put(job.name(), cluster.submit(job, config, null));
        }
        awaitAllRunning();
        OdsBinlogProbe.await(settings, Duration.ofMinutes(5), line -> { }); // the shop starts after the snapshot
        for (String table : DIMS) {
            long rows = StackClients.mariadbCount(config, table);
            StackClients.await("GMALL_REALTIME.DIM_" + table.toUpperCase() + " filled by DimApp",
                    () -> StackClients.phoenixTableExists(config, "GMALL_REALTIME.DIM_" + table.toUpperCase())
                            ? StackClients.phoenixCount(config, "GMALL_REALTIME.DIM_" + table.toUpperCase()) : -1L, n -> n >= rows,
                    Duration.ofMinutes(3));
        }
    }

    @AfterAll
    void stopEveryJob() throws Exception {
        if (cluster != null) {
            for (JobID job : jobs.values()) {
                if (!cluster.status(job).isGloballyTerminalState()) {
                    cluster.cancel(job);
                }
            }
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void everyDwsTableMatchesWhatTheScenarioImplies() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2030-01-01T10:00:00");
        GenCommand.run(settings, List.of("--scenario", "e2e", "--paced"), System.out, recording);
        assertSameAsComputed(recording, start);
    }

    @Test
    @Order(2)
    void jobsKilledHalfwayAndRestartedFromTheirCheckpointsGiveTheSameResults() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2030-01-02T10:00:00");
        // more users than the first day's 60, so that the day has registrations too
        GenCommand.run(settings, List.of("--scenario", "e2e", "--paced", "--events", "1500", "--users", "75", "--start",
                start.toString()), System.out, recording);
        // the first half reaches ClickHouse, and checkpoints after it exist, before the jobs die
        StackClients.await("rows of the first half in ClickHouse", () -> rowsOfDay(ExpectedDws.ORDER, start),
                n -> n > 0, RESULTS_WAIT);
        Thread.sleep(3 * config.get(com.gmall.rtdw.runtime.config.GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS));
        for (Map.Entry<String, JobID> job : jobs.entrySet()) {
            cluster.cancel(job.getValue());
        }
        restartEveryJobFromItsLatestCheckpoint();
        // the second half starts 30 s of simulated time later, so no session spans the restart
        LocalDateTime second = start.plusNanos(1500L * 20 * 1_000_000).plusSeconds(30);
        GenCommand.run(settings, List.of("--scenario", "e2e", "--paced", "--seed", "12", "--events", "1500", "--users", "90",
                "--start", second.toString()), System.out, recording);
        assertSameAsComputed(recording, start);
    }

    @Test
    @Order(3)
    void businessEventsCommittedOutOfEventTimeOrderEndInTheWindowsTheyHappenedIn() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2030-01-03T10:00:00");
        // a tenth of the transactions commit 1 s to 90 s late, within the allowed lateness: windows fire again and
        // first-of-day counts move to the user's earliest record of the day; more users than before, so that the
        // day has registrations too
        GenCommand.run(settings, List.of("--scenario", "e2e", "--paced", "--late-business", "0.1", "--users", "110",
                "--start", start.toString()), System.out, recording);
        assertSameAsComputed(recording, start);
    }

    @Test
    @Order(4)
    void jobsStartedAfterTheWholeScenarioCatchUpOnTheBacklog() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2030-01-04T10:00:00");
        // every job stopped (its checkpoints kept); the shop writes a whole day's scenario as fast as it can, with
        // late app logs and transactions, and only then do the jobs start again and read it as a backlog
        for (JobID job : jobs.values()) {
            cluster.cancel(job);
        }
        GenCommand.run(settings, List.of("--scenario", "e2e", "--seed", "13", "--users", "130", "--late-logs", "0.05",
                "--late-business", "0.05", "--start", start.toString()), System.out, recording);
        restartEveryJobFromItsLatestCheckpoint();
        assertSameAsComputed(recording, start);
    }

    @Test
    @Order(5)
    void jobsKilledWhileLateRecordsAreStillComingRestartWithoutRollingAWindowBack() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2030-01-05T10:00:00");
        // the shop keeps writing, late logs and transactions among the rest, while every job is killed halfway and
        // started again from its last checkpoint: windows fired before the kill take late records after it
        java.util.concurrent.CompletableFuture<Void> shop = writeInBackground(List.of("--scenario", "e2e", "--paced",
                "--seed", "14", "--users", "150", "--late-logs", "0.05", "--late-business", "0.05", "--start",
                start.toString()));
        Thread.sleep(35_000); // of the scenario's 60 s: checkpoints of this day's records exist by then
        assertThat(shop).as("the shop is still writing when the jobs die").isNotDone();
        for (JobID job : jobs.values()) {
            cluster.cancel(job);
        }
        restartEveryJobFromItsLatestCheckpoint();
        shop.get(5, java.util.concurrent.TimeUnit.MINUTES);
        assertSameAsComputed(recording, start);
    }

    @Test
    @Order(6)
    void aShopWithTheDaysDataBeforeOdsDbAppsFirstStartIsCountedFromItsSnapshot() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2030-01-06T10:00:00");
        awaitACheckpointOfEveryJob(); // at once after the earlier cases; alone, a few seconds
        for (JobID job : jobs.values()) {
            cluster.cancel(job);
        }
        int before = recording.business.size();
        GenCommand.run(settings, List.of("--scenario", "e2e", "--seed", "16", "--users", "170", "--start",
                start.toString()), System.out, recording);
        // OdsDbApp without its state reads every row by a new snapshot, the day's facts among them (the period's
        // start is the simulated day, not the machine's); every other job resumes from its checkpoint
        restartEveryJob(config.with("dwd.snapshot-facts-from", start.toLocalDate().toString()),
                name -> !name.equals("OdsDbApp"));
        long dayStart = start.toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
        assertSameAsComputed(recording, start, new ExpectedDws.SnapshotRead(before, recording.business.size(),
                dayStart));
    }

    @Test
    @Order(7)
    void pageLogsLaterThanTheAllowedLatenessAreDeadLettersAndCountNowhere() throws Exception {
        LocalDateTime start = LocalDateTime.parse("2030-01-07T10:00:00");
        int linesBefore = recording.logLines.size();
        // five simulated minutes (3,000 events at 10 a second), so that the first minute's windows close for good
        // (window end + dws.allowed-lateness-seconds behind the watermark) while the day goes on
        GenCommand.run(settings, List.of("--scenario", "e2e", "--seed", "17", "--users", "190", "--rate", "10",
                "--start", start.toString()), System.out, recording);
        assertSameAsComputed(recording, start); // every window of the day is out: the watermark is past them all
        // phones that upload pages of the day's first 30 s only now, minutes after those windows closed for good;
        // the recording leaves them out, as the warehouse must
        List<String> tooLate = TooLatePages.of(recording.logLines.subList(linesBefore, recording.logLines.size()),
                start.atZone(zone).toInstant().toEpochMilli() + 30_000, 5);
        java.nio.file.Files.write(settings.work("applog").resolve("app.2030010710.log"), tooLate,
                java.nio.file.StandardOpenOption.APPEND);
        String job = "DwsTrafficVcChArIsNewPageViewWindow";
        List<String> letters = TopicReader.readUntil(config, DeadLetters.topic(job),
                all -> TooLatePages.mentioned(all).size() == tooLate.size(), RESULTS_WAIT).stream()
                .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).toList();
        for (int i = 0; i < tooLate.size(); i++) {
            String device = TooLatePages.DEVICE + i;
            assertThat(letters).as("a dead letter of " + job + " for " + device).anySatisfy(letter -> assertThat(letter)
                    .contains(device).contains("\"reason\":\"late: "));
        }
        assertSameAsComputed(recording, start);
    }

    @Test
    @Order(8)
    void theJvmRunningTheJobsKilledWithSigkillMidScenarioRestartsFromItsCheckpointsWithTheSameResults()
            throws Exception {
        LocalDateTime start = LocalDateTime.parse("2030-01-08T10:00:00");
        // every job moves to a JVM of its own, resumed from its checkpoints here, so that the test can kill it as a
        // crash does: no cancel, no savepoint, Kafka transactions left open, checkpoints half written
        awaitACheckpointOfEveryJob();
        for (JobID job : jobs.values()) {
            cluster.cancel(job);
        }
        Path log = Path.of("target", "e2e-jobs-process.log").toAbsolutePath();
        JobsProcess process = JobsProcess.start(jobsFolder, stack.environment(), log);
        try {
            process.awaitRunning(Duration.ofMinutes(4));
            java.util.concurrent.CompletableFuture<Void> shop = writeInBackground(List.of("--scenario", "e2e",
                    "--paced", "--seed", "18", "--users", "210", "--late-logs", "0.05", "--late-business", "0.05",
                    "--start", start.toString()));
            Thread.sleep(35_000); // of the scenario's 60 s: checkpoints of this day's records exist by then
            assertThat(shop).as("the shop is still writing when the jobs' JVM dies").isNotDone();
            process.kill();
            process = JobsProcess.start(jobsFolder, stack.environment(), log);
            process.awaitRunning(Duration.ofMinutes(4));
            shop.get(5, java.util.concurrent.TimeUnit.MINUTES);
            assertSameAsComputed(recording, start);
        } finally {
            process.kill();
        }
    }

    private java.util.concurrent.CompletableFuture<Void> writeInBackground(List<String> genArgs) {
        return java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                GenCommand.run(settings, genArgs, System.out, recording);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    private void awaitACheckpointOfEveryJob() throws Exception {
        StackClients.await("a checkpoint of every job", () -> {
            int withCheckpoint = 0;
            for (String name : jobs.keySet()) {
                withCheckpoint += cluster.latestCheckpoint(name).isPresent() ? 1 : 0;
            }
            return withCheckpoint;
        }, n -> n == jobs.size(), Duration.ofMinutes(2));
    }

    private void restartEveryJobFromItsLatestCheckpoint() throws Exception {
        restartEveryJob(config, name -> true);
    }

    /** Starts every job with {@code config}, those {@code resumed} names from their latest checkpoint. */
    private void restartEveryJob(GmallConfig config, java.util.function.Predicate<String> resumed) throws Exception {
        for (Supplier<GmallJob> factory : JobCatalog.inStartOrder()) {
            GmallJob job = factory.get();
            String checkpoint = null;
            if (resumed.test(job.name())) {
                checkpoint = cluster.latestCheckpoint(job.name())
                        .orElseThrow(() -> new AssertionError(job.name() + " left no checkpoint")).toString();
            }
            jobs.put(job.name(), cluster.submit(job, config, checkpoint));
        }
        awaitAllRunning();
    }

    private void assertSameAsComputed(Recording recording, LocalDateTime day) throws Exception {
        assertSameAsComputed(recording, day, ExpectedDws.SnapshotRead.NONE);
    }

    /** Waits until ClickHouse shows exactly the computed rows of the day, then compares table by table. */
    private void assertSameAsComputed(Recording recording, LocalDateTime day, ExpectedDws.SnapshotRead snapshot)
            throws Exception {
        long from = day.toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
        long to = day.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Map<String, List<Map<String, String>>> expected;
        try (Connection shop = MariaDb.of(config, "gmall").connect()) {
            expected = ExpectedDws.restrictTo(ExpectedDws.compute(recording.business, recording.logLines,
                    new JdbcShopHistory(shop, zone), zone, WINDOW_MS, snapshot), from, to);
        }
        for (String table : ExpectedDws.COLUMNS.keySet()) {
            assertThat(expected.get(table)).as("the scenario gives rows for %s", table).isNotEmpty();
        }
        WarehouseRows warehouse = new WarehouseRows(config.clickHouse());
        Map<String, List<Map<String, String>>> actual = warehouse.read(from, to);
        long deadline = System.nanoTime() + RESULTS_WAIT.toNanos();
        while (!actual.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            actual = warehouse.read(from, to);
        }
        String differences = WarehouseRows.differences(expected, actual);
        java.nio.file.Files.writeString(Path.of("target", "e2e-" + day.toLocalDate() + ".txt"), differences
                + (differences.isEmpty() ? "" : dwsDeadLetters()));
        assertThat(differences).as("rows only computed (-) or only in ClickHouse (+), per table").isEmpty();
    }

    private long rowsOfDay(String table, LocalDateTime day) throws Exception {
        long from = day.toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli() / 1000;
        return Long.parseLong(new ClickHouseHttp(config.clickHouse()).execute("SELECT count() FROM " + table
                + " FINAL WHERE toUnixTimestamp(stt) >= " + from + " FORMAT TSV").trim());
    }

    /** The DWS jobs' dead letters so far, a line each: what a difference may come from. */
    private String dwsDeadLetters() {
        StringBuilder out = new StringBuilder("dead letters of the DWS jobs:\n");
        for (String job : jobs.keySet()) {
            if (job.startsWith("Dws")) {
                TopicReader.readUntil(config, DeadLetters.topic(job), all -> false, Duration.ofSeconds(3))
                        .forEach(r -> out.append("  ").append(job).append(": ")
                                .append(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).append('\n'));
            }
        }
        return out.toString();
    }

    private void awaitAllRunning() throws Exception {
        StackClients.await("every job running", () -> {
            int running = 0;
            for (JobID job : jobs.values()) {
                JobStatus status = cluster.status(job);
                assertThat(status.isGloballyTerminalState()).as("a job ended: " + status).isFalse();
                running += status == JobStatus.RUNNING ? 1 : 0;
            }
            return running;
        }, n -> n == jobs.size(), Duration.ofMinutes(3));
    }

    /** What the simulator wrote, as it wrote it. */
    private static final class Recording implements SimListener {
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
