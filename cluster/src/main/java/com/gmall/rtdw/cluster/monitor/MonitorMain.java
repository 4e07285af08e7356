package com.gmall.rtdw.cluster.monitor;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/gmall monitor}: the metrics exporter, and {@code bin/gmall status}'s table of running jobs
 * ({@code --table}).
 */
public final class MonitorMain {
    static final String USAGE = """
            usage: bin/gmall monitor [--port P] [--host H] [--flink URL]... [--yarn RM_URL | --yarn-conf] [--no-local]
                                     [--once | --table]

            Serves Prometheus metrics of every running Flink job on http://H:P/metrics (default 127.0.0.1:19249),
            polling each cluster's REST API at every scrape: checkpoints (count, failures, duration, size, age of
            the last completed one), backpressure and busy time per operator, restarts, records in/out, Kafka lag,
            dead letters, late records and the dim cache hit ratio. A job that ends disappears from the page.
            Conf for Prometheus, alert rules and a Grafana dashboard: conf/prometheus/, conf/grafana/.

              --flink URL      a Flink REST address to poll (repeatable), e.g. http://jobmanager:8081
              --yarn RM_URL    also every running YARN application of type "Apache Flink", found through this
                               ResourceManager's REST API, e.g. http://resourcemanager:8088 (each JobManager
                               is reached through the ResourceManager's proxy)
              --yarn-conf      the same, asked of the ResourceManager of HADOOP_CONF_DIR through Hadoop's client
              --no-local       leave out this machine's local runs (bin/gmall run, demo), found under GMALL_HOME
              --once           print the metrics once on standard output and exit
              --table          print the running jobs as a table (what bin/gmall status shows) and exit
            """;

    private MonitorMain() {}

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 19249;
        List<FlinkCluster> fixed = new ArrayList<>();
        URI yarn = null;
        boolean yarnConf = false;
        boolean local = true;
        String mode = "serve";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                case "--host" -> host = value(args, ++i);
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--flink" -> {
                    URI rest = URI.create(value(args, ++i));
                    fixed.add(new FlinkCluster(rest.getHost() + ":" + rest.getPort(), rest));
                }
                case "--yarn" -> yarn = URI.create(value(args, ++i));
                case "--yarn-conf" -> yarnConf = true;
                case "--no-local" -> local = false;
                case "--once" -> mode = "once";
                case "--table" -> mode = "table";
                default -> fail("unknown option " + args[i]);
            }
        }
        FlinkRest rest = new FlinkRest(Duration.ofSeconds(5));
        List<ClusterDiscovery.Source> sources = new ArrayList<>();
        sources.add(ClusterDiscovery.fixed(fixed));
        if (local) {
            sources.add(new LocalRuns(work()));
        }
        if (yarn != null) {
            sources.add(new YarnRestApplications(yarn, rest));
        }
        if (yarnConf) {
            sources.add(new YarnClientApplications(com.gmall.rtdw.cluster.ClusterMain.yarnConfiguration()));
        }
        Monitor monitor = new Monitor(new ClusterDiscovery(sources), new FlinkJobsReader(rest,
                System::currentTimeMillis));
        switch (mode) {
            case "once" -> printAndExit(MetricsText.render(monitor.poll()));
            case "table" -> printAndExit(JobsTable.render(monitor.poll()));
            default -> {
                MetricsServer server = MetricsServer.start(host, port, monitor);
                System.out.printf("gmall monitor: metrics on http://%s:%d/metrics (Ctrl-C stops)%n", host,
                        server.port());
                Thread.currentThread().join();
            }
        }
    }

    /** Ends the command: Hadoop's YARN client (--yarn-conf) leaves non-daemon threads behind. */
    private static void printAndExit(String text) {
        System.out.print(text);
        System.out.flush();
        System.exit(0);
    }

    /** GMALL_HOME, else the repository's .gmall folder. */
    static Path work() {
        String home = System.getenv("GMALL_HOME");
        return home == null || home.isBlank() ? Path.of(System.getProperty("gmall.root", ".")).resolve(".gmall")
                : Path.of(home);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("gmall monitor: " + message + "\n" + USAGE);
        System.exit(2);
    }
}
