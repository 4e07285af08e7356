package com.gmall.rtdw.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Running the jobs on a cluster, and watching them (run by the cluster module). */
public final class ClusterCommands {
    private ClusterCommands() {}

    @Command(
            name = "submit",
            header = "deploy one job to YARN (per-job)",
            description = {
                "Deploys JOB as its own YARN application (per-job). With FLINK_HOME set "
                        + "to a Flink 1.13 installation it runs `$FLINK_HOME/bin/flink run -d -t yarn-per-job -c <main class> "
                        + "<jobs jar> --conf FILE`; otherwise it deploys with the Flink runtime this build makes "
                        + "(cluster/flink-dist). Both use conf/flink/ (flink-conf.yaml, log4j.properties). Prints the "
                        + "application id and the JobManager's web address. A job with retained checkpoints or savepoints (under "
                        + "flink.checkpoint.dir/JOB, flink.savepoint.dir/JOB) is not started without them: resume with "
                        + "--from-savepoint (the refusal names the latest checkpoint), or start afresh with --fresh. The YARN "
                        + "cluster is the one of HADOOP_CONF_DIR (core-site.xml, yarn-site.xml, hdfs-site.xml)."
            })
    public static final class Submit {
        @Mixin HelpOption help;

        @Parameters(paramLabel = "JOB", description = "the job's name")
        public String job;

        @Option(
                names = "--conf",
                paramLabel = "FILE",
                required = true,
                description =
                        "the jobs' configuration (see "
                                + "conf/cluster.properties.example); checked before anything is deployed")
        public String conf;

        @Option(
                names = "--target",
                paramLabel = "TARGET",
                description = "only yarn-per-job " + "(default: ${DEFAULT-VALUE})")
        public String target = "yarn-per-job";

        @ArgGroup(exclusive = true)
        LocalCommands.StartFrom start = new LocalCommands.StartFrom();

        public LocalCommands.StartFrom start() {
            return start;
        }
    }

    @Command(
            name = "cancel",
            header = "stop a job on YARN with a savepoint and print its path",
            description = {
                "Stops JOB on YARN with a savepoint under DIR/JOB and prints its path; "
                        + "resume with submit --from-savepoint PATH."
            })
    public static final class Cancel {
        @Mixin HelpOption help;

        @Parameters(paramLabel = "JOB", description = "the job's name")
        public String job;

        @Option(
                names = "--savepoint",
                paramLabel = "DIR",
                description =
                        "where the savepoint goes (default: " + "flink.savepoint.dir of --conf)")
        String savepointDir;

        @Option(names = "--conf", paramLabel = "FILE", description = "the jobs' configuration")
        String conf;

        public Optional<String> savepointDir() {
            return Optional.ofNullable(savepointDir);
        }

        public Optional<String> conf() {
            return Optional.ofNullable(conf);
        }
    }

    @Command(
            name = "list",
            header = "the Flink applications on YARN and their jobs",
            description = "Lists the Flink applications on YARN (HADOOP_CONF_DIR) and their jobs.")
    public static final class ListApplications {
        @Mixin HelpOption help;
    }

    @Command(
            name = "monitor",
            header = "Prometheus metrics of every running job (local runs, YARN, given clusters)",
            description = {
                "Serves Prometheus metrics of every running Flink job on "
                        + "http://HOST:PORT/metrics, polling each cluster's REST API at every scrape: checkpoints (count, "
                        + "failures, duration, size, age of the last completed one), backpressure and busy time per operator, "
                        + "restarts, records in/out, Kafka lag, dead letters, late records and the dim cache hit ratio. A job that "
                        + "ends disappears from the page. Prometheus configuration, alert rules and a Grafana dashboard: "
                        + "conf/prometheus/, conf/grafana/."
            })
    public static final class Monitor {
        @Mixin HelpOption help;

        @Option(
                names = "--host",
                paramLabel = "HOST",
                description = "address to serve on (default: ${DEFAULT-VALUE})")
        public String host = "127.0.0.1";

        @Option(
                names = "--port",
                paramLabel = "PORT",
                description = "port to serve on (default: ${DEFAULT-VALUE})")
        public int port = 19249;

        @Option(
                names = "--flink",
                paramLabel = "URL",
                description =
                        "a Flink REST address to poll (repeatable), e.g. "
                                + "http://jobmanager:8081")
        public List<String> flink = new ArrayList<>();

        @ArgGroup(exclusive = true)
        Yarn yarn = new Yarn();

        @Option(
                names = "--no-local",
                description =
                        "leave out this machine's local runs (bin/gmall run, demo), found "
                                + "under GMALL_HOME")
        public boolean noLocal;

        @Option(
                names = "--conf",
                paramLabel = "FILE",
                description =
                        "the warehouse's configuration, whose ClickHouse DWS tables' freshness is "
                                + "exported too (default: conf/local.properties, the local stack)")
        public String conf;

        @Option(
                names = "--no-clickhouse",
                description = "leave out the DWS tables' freshness (no ClickHouse query)")
        public boolean noClickHouse;

        @ArgGroup(exclusive = true)
        Mode mode = new Mode();

        public Yarn yarn() {
            return yarn;
        }

        public Mode mode() {
            return mode;
        }

        /** Where YARN's Flink applications are found, if at all. */
        public static final class Yarn {
            @Option(
                    names = "--yarn",
                    paramLabel = "RM_URL",
                    description =
                            "also every running YARN application of "
                                    + "type \"Apache Flink\", found through this ResourceManager's REST API, e.g. "
                                    + "http://resourcemanager:8088 (each JobManager is reached through the ResourceManager's proxy)")
            String restUrl;

            @Option(
                    names = "--yarn-conf",
                    description =
                            "the same, asked of the ResourceManager of HADOOP_CONF_DIR "
                                    + "through Hadoop's client")
            public boolean fromConf;

            public Optional<String> restUrl() {
                return Optional.ofNullable(restUrl);
            }
        }

        /** Serving (the default), or printing once. */
        public static final class Mode {
            @Option(
                    names = "--once",
                    description = "print the metrics once on standard output and exit")
            public boolean once;

            @Option(
                    names = "--table",
                    description =
                            "print the running jobs as a table (what bin/gmall status "
                                    + "shows) and exit")
            public boolean table;
        }
    }
}
