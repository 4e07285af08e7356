package com.gmall.rtdw.cluster.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clusters read at the same time, within the poll's budget, reported in discovery's order. */
class MonitorTest {
    private final CountDownLatch bAsked = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer flink;

    /**
     * Three Flink REST APIs with no jobs under one server: a answers only once b was asked; stuck
     * never does.
     */
    @BeforeEach
    void startFlink() throws IOException {
        flink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        flink.createContext(
                "/a/jobs/overview",
                exchange -> {
                    boolean together = await(bAsked, 4);
                    respond(
                            exchange,
                            together ? 200 : 503,
                            together ? "{\"jobs\":[]}" : "b was never asked meanwhile");
                });
        flink.createContext(
                "/b/jobs/overview",
                exchange -> {
                    bAsked.countDown();
                    respond(exchange, 200, "{\"jobs\":[]}");
                });
        flink.createContext(
                "/stuck/jobs/overview",
                exchange -> {
                    await(release, 30);
                    respond(exchange, 200, "{\"jobs\":[]}");
                });
        flink.setExecutor(Executors.newCachedThreadPool());
        flink.start();
    }

    @AfterEach
    void stopFlink() {
        release.countDown();
        flink.stop(0);
    }

    @Test
    void clustersAreReadAtTheSameTime() throws Exception {
        List<ClusterRead> reads = monitor(Duration.ofSeconds(20), "a", "b").poll();

        assertThat(reads).extracting(r -> r.cluster().name()).containsExactly("a", "b");
        assertThat(reads).allSatisfy(r -> assertThat(r.error()).as(r.cluster().name()).isNull());
    }

    @Test
    void aClusterNotReadWithinTheBudgetIsDownAndTheOthersAreRead() throws Exception {
        List<ClusterRead> reads = monitor(Duration.ofSeconds(1), "stuck", "b").poll();

        assertThat(reads).extracting(r -> r.cluster().name()).containsExactly("stuck", "b");
        assertThat(reads.get(0).up()).isFalse();
        assertThat(reads.get(0).error()).isEqualTo("not read within the poll's budget of 1 s");
        assertThat(reads.get(1).up()).isTrue();
    }

    private Monitor monitor(Duration budget, String... names) {
        List<FlinkCluster> clusters =
                java.util.Arrays.stream(names)
                        .map(
                                name ->
                                        new FlinkCluster(
                                                name,
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + flink.getAddress().getPort()
                                                                + "/"
                                                                + name
                                                                + "/")))
                        .toList();
        return new Monitor(
                new ClusterDiscovery(List.of(ClusterDiscovery.fixed(clusters))),
                new FlinkJobsReader(
                        new FlinkRest(Duration.ofSeconds(30)), System::currentTimeMillis),
                4,
                budget);
    }

    private static boolean await(CountDownLatch latch, int seconds) {
        try {
            return latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
