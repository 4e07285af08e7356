package com.gmall.rtdw.cluster.monitor;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.ClusterCommands;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.runtime.DwsFreshness;
import com.gmall.rtdw.runtime.TableSpec;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        warehouseConf(options)
                .ifPresent(conf -> monitor.withFreshness(freshnessOf(GmallConfig.load(conf))));
        if (options.mode().once) {
            System.out.print(MetricsText.render(monitor.poll(), monitor.tables()));
        } else if (options.mode().table) {
            System.out.print(
                    JobsTable.render(monitor.poll(), monitor.tables(), System.currentTimeMillis()));
        } else {
            MetricsServer server = MetricsServer.start(options.host, options.port, monitor);
            System.out.printf(
                    "gmall monitor: metrics on http://%s:%d/metrics (Ctrl-C stops)%n",
                    options.host, server.port());
            Thread.currentThread().join();
        }
        return 0;
    }

    /**
     * The warehouse configuration whose ClickHouse tables are read: {@code --conf}, else the local
     * stack's when this is a repository; none with {@code --no-clickhouse}.
     */
    static Optional<Path> warehouseConf(ClusterCommands.Monitor options) {
        if (options.noClickHouse) {
            return Optional.empty();
        }
        if (options.conf != null) {
            return Optional.of(Path.of(options.conf));
        }
        Path local =
                Path.of(System.getProperty("gmall.root", ".")).resolve("conf/local.properties");
        return Files.isRegularFile(local) ? Optional.of(local) : Optional.empty();
    }

    private static Monitor.FreshnessSource freshnessOf(GmallConfig config) {
        List<String> tables = Tables.all().stream().map(TableSpec::name).toList();
        DwsFreshness reader = new DwsFreshness(config.clickHouse(), tables);
        return reader::read;
    }

    /** GMALL_HOME, else the repository's .gmall folder. */
    static Path work() {
        String home = System.getenv("GMALL_HOME");
        return home == null || home.isBlank()
                ? Path.of(System.getProperty("gmall.root", ".")).resolve(".gmall")
                : Path.of(home);
    }
}
