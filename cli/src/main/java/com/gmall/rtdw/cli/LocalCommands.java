package com.gmall.rtdw.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Running jobs on this machine, and the benchmarks (run by the jobs, local and bench modules). */
public final class LocalCommands {
    private LocalCommands() {}

    /** Where a job starts from: its state by default, a savepoint, or nothing ({@code --fresh}). */
    public static final class StartFrom {
        @Option(
                names = "--from-savepoint",
                paramLabel = "PATH",
                description = "resume from this savepoint or " + "retained checkpoint")
        String savepoint;

        @Option(names = "--fresh", description = "start without the job's retained state")
        public boolean fresh;

        public Optional<String> savepoint() {
            return Optional.ofNullable(savepoint);
        }
    }

    @Command(
            name = "run",
            header = "run one Flink job in a local MiniCluster against the local stack",
            description = {
                "Runs one Flink job in a local MiniCluster against the local stack "
                        + "(Ctrl-C stops it with a savepoint and prints its path). A job that has retained checkpoints or "
                        + "savepoints is not started without them unless --fresh is given."
            })
    public static final class Run {
        @Mixin HelpOption help;

        @Parameters(
                paramLabel = "JOB",
                description = "the job's name (OdsDbApp, DimApp, BaseLogApp, Dwd..., Dws...)")
        public String job;

        @ArgGroup(exclusive = true)
        StartFrom start = new StartFrom();

        public StartFrom start() {
            return start;
        }
    }

    @Command(
            name = "demo",
            header =
                    "the whole warehouse on this machine: stack, DDL, every job, the simulator, DWS results",
            description = {
                "Runs the whole warehouse on this machine: starts the local stack "
                        + "(bin/gmall up), creates the DWS tables (bin/gmall ddl apply), starts every ODS, DIM, DWD and DWS job in "
                        + "one local Flink cluster, runs the shop simulator, waits until the last windows are in ClickHouse and "
                        + "prints each DWS table's row count and latest windows. Then it stops the jobs (their checkpoints are "
                        + "kept: the next demo resumes from them) and leaves the stack up."
            })
    public static final class Demo {
        @Mixin HelpOption help;

        @Option(
                names = "--minutes",
                paramLabel = "M",
                description = "simulate M minutes of real time " + "(default: ${DEFAULT-VALUE})")
        public double minutes = 3;

        @Option(
                names = "--rate",
                paramLabel = "R",
                description = "simulated events per second " + "(default: ${DEFAULT-VALUE})")
        public double rate = 50;

        @Option(
                names = "--seed",
                paramLabel = "N",
                description = "the simulator's random seed (default: 42)")
        Long seed;

        @Option(
                names = "--keep",
                description = "leave the jobs running afterwards (Ctrl-C stops them)")
        public boolean keep;

        public Optional<Long> seed() {
            return Optional.ofNullable(seed);
        }

        public Demo validated() {
            if (minutes <= 0 || rate <= 0) {
                throw new UsageException("--minutes and --rate must be positive");
            }
            return this;
        }
    }

    @Command(
            name = "bench",
            header = "run the JMH benchmarks, or the whole pipeline's (--pipeline)",
            description = {
                "Runs the JMH benchmarks (bench/ module) and prints, for each generated "
                        + "code path, its throughput as a ratio of its baseline measured in the same run: the DWD Avro serde "
                        + "against a JSON tree, the ODS JSON decoder against a JSON tree, and the ClickHouse RowBinary writer "
                        + "against a reflection-bound JDBC batch (client side, and end to end into a ClickHouse server the "
                        + "benchmark starts on a free loopback port; needs clickhouse-server installed). With the local stack "
                        + "running (bin/gmall up), also DimApp's batched Phoenix writes against one commit per row, and cached "
                        + "dim lookups against synchronous Phoenix queries (in a table of their own, "
                        + "GMALL_REALTIME.DIM_BENCH_SKU)."
            })
    public static final class Bench {
        @Mixin HelpOption help;

        @Option(
                names = "--quick",
                description =
                        "short warm-up and measurement: a smoke run, not for figures (about "
                                + "1 minute instead of 4; with --pipeline 30 s per rate instead of 90)")
        public boolean quick;

        @Option(
                names = "--only",
                paramLabel = "NAME",
                description =
                        "only the benchmark classes whose name contains "
                                + "NAME (e.g. Dim, Serde, ClickHouse)")
        String only;

        @Option(
                names = "--pipeline",
                description =
                        "instead: the whole warehouse on the local stack (as bin/gmall "
                                + "demo runs it), the simulator at each of --rates events/s, 90 s each; prints per rate the "
                                + "rate the simulator delivered, the ODS readers' lag, the DWS freshness (window end to "
                                + "queryable row, p50/p99) and the CPU per job, and the highest rate whose lag stayed "
                                + "bounded; results in GMALL_HOME/bench/pipeline.csv, pipeline-cpu.csv and pipeline.png")
        public boolean pipeline;

        @Option(
                names = "--rates",
                paramLabel = "R",
                split = ",",
                description =
                        "the rates for --pipeline, ODS events/s, comma-separated (default: "
                                + "${DEFAULT-VALUE})")
        public List<Integer> rates = new ArrayList<>(List.of(50, 100, 200, 400, 800));

        @Option(
                names = "--base-log",
                description =
                        "instead: BaseLogApp alone on the local stack over generated app-log lines "
                                + "(90%% page logs with 5-10 displays and 1-2 actions, 10%% start logs, 2%% with an error) loaded "
                                + "into an emptied topic_log; prints the time from launch until every output is committed, and "
                                + "the job's and the broker's CPU seconds. Empties BaseLogApp's topics: stop the demo first")
        public boolean baseLog;

        @Option(
                names = "--lines",
                paramLabel = "N",
                description = "app-log lines for --base-log (default: ${DEFAULT-VALUE})")
        public int lines = 1_000_000;

        @Option(
                names = "--checkpoint-ms",
                paramLabel = "MS",
                description =
                        "BaseLogApp's checkpoint interval for --base-log (default: the configuration's, "
                                + "flink.checkpoint.interval-ms)")
        public Long checkpointMs;

        public Optional<String> only() {
            return Optional.ofNullable(only);
        }
    }
}
