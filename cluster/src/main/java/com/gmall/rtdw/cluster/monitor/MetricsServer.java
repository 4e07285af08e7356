package com.gmall.rtdw.cluster.monitor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Serves {@code /metrics} for Prometheus to pull. Each scrape polls the clusters then and there, so
 * what it shows is never older than the scrape and a job that ended is simply absent (no
 * pushgateway to forget it).
 */
public final class MetricsServer implements AutoCloseable {
    private final HttpServer server;
    private final Monitor monitor;

    private MetricsServer(HttpServer server, Monitor monitor) {
        this.server = server;
        this.monitor = monitor;
    }

    public static MetricsServer start(String host, int port, Monitor monitor) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        MetricsServer metrics = new MetricsServer(server, monitor);
        server.createContext("/metrics", metrics::metrics);
        server.createContext(
                "/", exchange -> respond(exchange, 404, "text/plain", "see /metrics\n"));
        // one scrape at a time: two Prometheus servers scraping at once should not double the load
        // on Flink
        server.setExecutor(
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "gmall-monitor-http");
                            t.setDaemon(true);
                            return t;
                        }));
        server.start();
        return metrics;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void metrics(HttpExchange exchange) throws IOException {
        try {
            respond(
                    exchange,
                    200,
                    "text/plain; version=0.0.4; charset=utf-8",
                    MetricsText.render(monitor.poll(), monitor.tables()));
        } catch (IOException | RuntimeException e) {
            respond(exchange, 500, "text/plain", "discovery failed: " + e + "\n");
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
