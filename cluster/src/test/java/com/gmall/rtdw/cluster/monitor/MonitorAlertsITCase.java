package com.gmall.rtdw.cluster.monitor;

import static com.gmall.rtdw.cluster.testing.MetricsPage.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.cluster.testing.PrometheusServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor against a real Flink cluster and a real Prometheus: a job whose sink is deliberately
 * slow (its source is back-pressured) and whose checkpoints fail (they time out) shows both at the
 * exporter's endpoint; Prometheus, scraping it with conf/prometheus/alerts.yml (durations
 * shortened), fires FlinkBackpressureSustained and FlinkCheckpointFailing for that job; and once
 * the job is cancelled its series are gone.
 */
class MonitorAlertsITCase {
    private static final String JOB = "SlowSinkJob";
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir Path work;

    @Test
    void backpressureAndFailingCheckpointsReachTheEndpointAndFireTheirAlerts() throws Exception {
        int restPort = freePort();
        Configuration flink = new Configuration();
        flink.setInteger(RestOptions.PORT, restPort);
        flink.setString(RestOptions.BIND_ADDRESS, "127.0.0.1");
        // the REST API refreshes operator metrics every 10 s by default: faster for the test
        flink.setLong(
                org.apache.flink.configuration.MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, 1000L);
        try (MiniCluster cluster =
                new MiniCluster(
                        new MiniClusterConfiguration.Builder()
                                .setConfiguration(flink)
                                .setNumTaskManagers(1)
                                .setNumSlotsPerTaskManager(2)
                                .build())) {
            cluster.start();
            StreamGraph graph = slowSinkJob().getStreamGraph();
            graph.setJobName(JOB);
            JobID job = cluster.submitJob(graph.getJobGraph()).get(1, TimeUnit.MINUTES).getJobID();
            FlinkRest rest = new FlinkRest(Duration.ofSeconds(5));
            FlinkCluster local =
                    new FlinkCluster(
                            "local:" + restPort, URI.create("http://127.0.0.1:" + restPort));
            Monitor monitor =
                    new Monitor(
                            new ClusterDiscovery(List.of(ClusterDiscovery.fixed(List.of(local)))),
                            new FlinkJobsReader(rest, System::currentTimeMillis));
            try (MetricsServer exporter = MetricsServer.start("127.0.0.1", 0, monitor)) {
                URI endpoint = URI.create("http://127.0.0.1:" + exporter.port() + "/metrics");
                String labels =
                        "cluster=\"local:"
                                + restPort
                                + "\",flink_job=\""
                                + JOB
                                + "\",job_id=\""
                                + job
                                + "\"";
                String metrics =
                        waitFor(
                                endpoint,
                                text ->
                                        value(
                                                                text,
                                                                "gmall_flink_checkpoints_failed_total{"
                                                                        + labels
                                                                        + "}")
                                                        >= 2
                                                && value(
                                                                text,
                                                                "gmall_flink_operator_backpressure_ratio{"
                                                                        + labels
                                                                        + ",operator=\"Source: numbers -> widen\"}")
                                                        > 0.5);
                assertThat(value(metrics, "gmall_flink_job_running{" + labels + "}")).isEqualTo(1);
                assertThat(
                                value(
                                        metrics,
                                        "gmall_flink_checkpoints_completed_total{" + labels + "}"))
                        .isZero();
                assertThat(
                                value(
                                        metrics,
                                        "gmall_flink_operator_busy_ratio{"
                                                + labels
                                                + ",operator=\"Sink: slow sink\"}"))
                        .isGreaterThan(0.5);

                try (PrometheusServer prometheus = PrometheusServer.start(work, exporter.port())) {
                    Set<String> firing =
                            prometheus.waitForFiring(
                                    JOB,
                                    Set.of("FlinkBackpressureSustained", "FlinkCheckpointFailing"),
                                    WAIT);
                    assertThat(firing)
                            .contains("FlinkBackpressureSustained", "FlinkCheckpointFailing");
                }

                cluster.cancelJob(job).get(1, TimeUnit.MINUTES);
                String after =
                        waitFor(endpoint, text -> !text.contains("flink_job=\"" + JOB + "\""));
                assertThat(after)
                        .contains("gmall_monitor_cluster_up{cluster=\"local:" + restPort + "\"} 1");
            }
        }
    }

    /**
     * Numbers as fast as they come into a sink that takes 20 ms each: the source is back-pressured,
     * and a checkpoint barrier queued behind seconds of buffered records never makes the 300 ms
     * timeout. Expired checkpoints are failed ones, tolerated here, as a job under pressure would
     * see them.
     */
    private static StreamExecutionEnvironment slowSinkJob() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        env.enableCheckpointing(1000);
        env.getCheckpointConfig().setCheckpointTimeout(300);
        env.getCheckpointConfig().setTolerableCheckpointFailureNumber(Integer.MAX_VALUE);
        env.setRestartStrategy(RestartStrategies.noRestart());
        env.fromSequence(0, Long.MAX_VALUE)
                .name("numbers")
                .uid("numbers")
                .map(new Widen())
                .name("widen")
                .uid("widen")
                .addSink(new SlowSink())
                .name("slow sink")
                .uid("slow-sink")
                .disableChaining();
        return env;
    }

    static final class Widen implements MapFunction<Long, String> {
        @Override
        public String map(Long value) {
            return "n" + value + "-".repeat(200);
        }
    }

    static final class SlowSink implements SinkFunction<String> {
        @Override
        public void invoke(String value, Context context) throws InterruptedException {
            Thread.sleep(20);
        }
    }

    private static String waitFor(URI endpoint, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String text = "";
        while (System.nanoTime() < deadline) {
            text =
                    HTTP.send(
                                    HttpRequest.newBuilder(endpoint).build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
            if (condition.test(text)) {
                return text;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(
                "the endpoint never showed what was expected; last page:\n" + text);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
