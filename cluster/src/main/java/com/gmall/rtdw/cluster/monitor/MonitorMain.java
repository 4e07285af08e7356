package com.gmall.rtdw.cluster.monitor;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.ClusterCommands;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/gmall monitor}: the metrics exporter, and {@code bin/gmall status}'s table of running
 * jobs ({@code --table}).
 */
public final class MonitorMain {
    private MonitorMain() {}

    /** {@code args}: {@code monitor} and its options, as given to bin/gmall. */
    public static void main(String[] args) {
        new Cli().on(ClusterCommands.Monitor.class, MonitorMain::monitor).main(args);
    }

    private static int monitor(ClusterCommands.Monitor options) throws Exception {
        List<FlinkCluster> fixed = new ArrayList<>();
        for (String address : options.flink) {
            URI rest = URI.create(address);
            fixed.add(new FlinkCluster(rest.getHost() + ":" + rest.getPort(), rest));
        }
        FlinkRest rest = new FlinkRest(Duration.ofSeconds(5));
        List<ClusterDiscovery.Source> sources = new ArrayList<>();
        sources.add(ClusterDiscovery.fixed(fixed));
        if (!options.noLocal) {
            sources.add(new LocalRuns(work()));
        }
        if (options.yarn().restUrl().isPresent()) {
            sources.add(new YarnRestApplications(URI.create(options.yarn().restUrl().get()), rest));
        }
        if (options.yarn().fromConf) {
            sources.add(
                    new YarnClientApplications(
                            com.gmall.rtdw.cluster.ClusterMain.yarnConfiguration()));
        }
        Monitor monitor =
                new Monitor(
                        new ClusterDiscovery(sources),
                        new FlinkJobsReader(rest, System::currentTimeMillis));
        if (options.mode().once) {
            System.out.print(MetricsText.render(monitor.poll()));
        } else if (options.mode().table) {
            System.out.print(JobsTable.render(monitor.poll()));
        } else {
            MetricsServer server = MetricsServer.start(options.host, options.port, monitor);
            System.out.printf(
                    "gmall monitor: metrics on http://%s:%d/metrics (Ctrl-C stops)%n",
                    options.host, server.port());
            Thread.currentThread().join();
        }
        return 0;
    }

    /** GMALL_HOME, else the repository's .gmall folder. */
    static Path work() {
        String home = System.getenv("GMALL_HOME");
        return home == null || home.isBlank()
                ? Path.of(System.getProperty("gmall.root", ".")).resolve(".gmall")
                : Path.of(home);
    }
}
