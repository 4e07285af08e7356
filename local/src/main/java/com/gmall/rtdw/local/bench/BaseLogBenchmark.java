package com.gmall.rtdw.local.bench;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.LocalCommands;
import com.gmall.rtdw.cli.UsageException;
import com.gmall.rtdw.jobs.dwd.log.BaseLogApp;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.LocalCluster;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import com.gmall.rtdw.stack.Output;
import com.gmall.rtdw.stack.Stack;
import com.gmall.rtdw.stack.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.flink.api.common.JobID;

/**
 * {@code bin/gmall bench --base-log}: BaseLogApp alone over a fixed load of app-log lines ({@link
 * AppLogLines}) in an emptied {@code topic_log} (2 partitions), timed from the job's launch until
 * its consumer group has committed the whole topic and no output transaction is open, with the CPU
 * time of this JVM (the job in a local cluster) and of the Kafka broker over that span.
 */
public final class BaseLogBenchmark {
    private static final int PARTITIONS = 2;
    private static final String JOB = "BaseLogApp";

    private final StackSettings settings;
    private final int lines;
    private final Long checkpointMs;

    BaseLogBenchmark(StackSettings settings, int lines, Long checkpointMs) {
        this.settings = settings;
        this.lines = lines;
        this.checkpointMs = checkpointMs;
    }

    /** {@code args}: {@code bench --base-log} and its options, as given to bin/gmall. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath().normalize();
        new Cli()
                .on(
                        LocalCommands.Bench.class,
                        options -> {
                            if (options.pipeline || options.only().isPresent() || options.quick) {
                                throw new UsageException(
                                        "--base-log takes --lines and --checkpoint-ms only");
                            }
                            if (options.lines < 1) {
                                throw new UsageException("--lines must be at least 1");
                            }
                            new BaseLogBenchmark(
                                            StackSettings.load(root, System.getenv()),
                                            options.lines,
                                            options.checkpointMs)
                                    .run();
                            return 0;
                        })
                .main(args);
    }

    void run() throws Exception {
        new Stack(settings, new Output(System.out)).up();
        GmallConfig config = settings.config();
        if (checkpointMs != null) {
            config =
                    config.with(
                            GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS.key(),
                            Long.toString(checkpointMs));
        }
        Properties client = KafkaClientProperties.of(config);
        List<String> outputs =
                List.of(
                        Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                        Topics.DWD_TRAFFIC_START_LOG.name(),
                        Topics.DWD_TRAFFIC_DISPLAY_LOG.name(),
                        Topics.DWD_TRAFFIC_ACTION_LOG.name(),
                        Topics.DWD_TRAFFIC_ERROR_LOG.name(),
                        DeadLetters.topic(JOB));
        String input = Topics.TOPIC_LOG.name();
        KafkaTopicsReset.reset(client, concat(input, outputs), PARTITIONS, BaseLogApp.GROUP);
        say("emptied %s and BaseLogApp's outputs", input);
        AppLogLoader.Loaded loaded =
                AppLogLoader.load(
                        client,
                        input,
                        new AppLogLines(7, Instant.parse("2026-01-01T02:00:00Z")),
                        lines);
        say(
                "loaded %,d lines (%,.0f bytes a line on average) into %s in %.1f s",
                lines, loaded.bytes() / (double) lines, input, loaded.seconds());

        Path folder = settings.work("bench/base-log");
        deleteRecursively(folder);
        long brokerPid = Long.parseLong(Files.readString(settings.work("run/kafka.pid")).trim());
        try (CommittedOutput progress =
                new CommittedOutput(client, input, outputs, PARTITIONS, BaseLogApp.GROUP)) {
            double jobCpu = CpuSeconds.ofThisJvm();
            double brokerCpu = CpuSeconds.ofProcess(brokerPid);
            long start = System.nanoTime();
            try (LocalCluster cluster = LocalCluster.start(folder, 4, 0)) {
                JobID job = cluster.submit(new BaseLogApp(), config, null);
                long lastReport = start;
                while (progress.behind() > 0 || progress.anyOpenTransaction()) {
                    Thread.sleep(200);
                    if (System.nanoTime() - lastReport > 5_000_000_000L) {
                        lastReport = System.nanoTime();
                        say(
                                "%.0f s: lines not committed yet, per partition: %s; %s",
                                (lastReport - start) / 1e9,
                                progress.behindPerPartition().values(),
                                cluster.checkpointSummary(job));
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                jobCpu = CpuSeconds.ofThisJvm() - jobCpu;
                brokerCpu = CpuSeconds.ofProcess(brokerPid) - brokerCpu;
                report(config, seconds, jobCpu, brokerCpu, progress.committedOutputs());
                cluster.cancel(job);
            }
        }
    }

    private void report(
            GmallConfig config, double seconds, double jobCpu, double brokerCpu, long outputs) {
        double perMillion = 1_000_000.0 / lines;
        System.out.printf(
                Locale.ROOT,
                "bench: BaseLogApp, %,d lines, checkpoints every %,d ms: %.1f s from launch to all "
                        + "committed, %,.0f lines/s; CPU %.1f s in the job's JVM + %.1f s in the broker = "
                        + "%.1f CPU-s per million lines; %,d output offsets committed%n",
                lines,
                config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS),
                seconds,
                lines / seconds,
                jobCpu,
                brokerCpu,
                (jobCpu + brokerCpu) * perMillion,
                outputs);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void say(String format, Object... args) {
        System.out.println("bench: " + String.format(Locale.ROOT, format, args));
    }
}
