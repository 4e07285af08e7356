package com.gmall.rtdw.cluster.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian package, loopback) scraping the exporter every second with the
 * project's alert rules, their {@code for} durations shortened to 5 s so that an alert fires within
 * a test's patience. The expressions are the shipped ones; promtool's unit tests check the real
 * durations.
 */
public final class PrometheusServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final URI api;

    private PrometheusServer(Process process, URI api) {
        this.process = process;
        this.api = api;
    }

    public static PrometheusServer start(Path work, int exporterPort) throws Exception {
        Path binary = Path.of("/usr/bin/prometheus");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(
                    "no " + binary + ": apt-get install -y prometheus (.ci/run does)");
        }
        Path root = Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();
        Path dir = Files.createDirectories(work.resolve("prometheus"));
        String rules =
                Files.readString(root.resolve("conf/prometheus/alerts.yml"))
                        .replaceAll("(?m)^(\\s+for:\\s*)\\S+\\s*$", "$15s");
        Files.writeString(dir.resolve("alerts.yml"), rules);
        Files.writeString(
                dir.resolve("prometheus.yml"),
                """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files: [alerts.yml]
                scrape_configs:
                  - job_name: gmall-flink
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """
                        .formatted(exporterPort));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process process =
                new ProcessBuilder(
                                binary.toString(),
                                "--config.file=" + dir.resolve("prometheus.yml"),
                                "--storage.tsdb.path=" + dir.resolve("data"),
                                "--web.listen-address=127.0.0.1:" + port)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("prometheus.log").toFile())
                        .start();
        PrometheusServer server =
                new PrometheusServer(process, URI.create("http://127.0.0.1:" + port + "/api/v1/"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                server.get("status/buildinfo");
                return server;
            } catch (IOException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    server.close();
                    throw new IllegalStateException(
                            "Prometheus did not start: "
                                    + Files.readString(dir.resolve("prometheus.log")),
                            e);
                }
                Thread.sleep(300);
            }
        }
    }

    /**
     * Waits until every alert of {@code wanted} fires for {@code flinkJob}; returns what fires for
     * it then.
     */
    public Set<String> waitForFiring(String flinkJob, Set<String> wanted, Duration wait)
            throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        Set<String> firing = new TreeSet<>();
        while (System.nanoTime() < deadline) {
            firing.clear();
            for (JsonNode alert : get("alerts").path("data").path("alerts")) {
                if (alert.path("state").asText().equals("firing")
                        && alert.path("labels").path("flink_job").asText().equals(flinkJob)) {
                    firing.add(alert.path("labels").path("alertname").asText());
                }
            }
            if (firing.containsAll(wanted)) {
                return firing;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(
                "alerts firing for "
                        + flinkJob
                        + " after "
                        + wait
                        + ": "
                        + firing
                        + "; wanted "
                        + wanted
                        + "; all: "
                        + get("alerts").path("data"));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response =
                HTTP.send(
                        HttpRequest.newBuilder(api.resolve(path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(
                    "Prometheus "
                            + path
                            + ": HTTP "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
