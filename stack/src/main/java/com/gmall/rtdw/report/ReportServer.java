package com.gmall.rtdw.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bin/gmall report}: the report page and a JSON endpoint per panel on a loopback port. Each
 * {@code /api/...} answer is computed from ClickHouse when asked (the page asks every 10 s); {@code
 * ?day=YYYY-MM-DD} picks a shop day other than today. Static files (the page, its script, ECharts)
 * come from the jar: nothing is fetched from the internet.
 */
public final class ReportServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> STATIC =
            Map.of(
                    "/", "report/index.html",
                    "/report.js", "report/report.js",
                    "/report.css", "report/report.css",
                    "/echarts.min.js", "report/echarts.min.js");

    /** Reads the dead-letter counts (topic to records), the slow part of {@code /api/health}. */
    public interface DeadLetterSource {
        Map<String, Long> counts() throws Exception;
    }

    private final HttpServer server;

    private ReportServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on {@code 127.0.0.1:port} (0: any free port). */
    public static ReportServer start(
            int port,
            ClickHouseHttp clickHouse,
            ZoneId zone,
            Clock clock,
            DeadLetterSource deadLetters)
            throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        ReportApi api = new ReportApi(new ReportQueries(clickHouse), clock, deadLetters);
        server.createContext("/api/", exchange -> answerApi(exchange, api, zone, clock));
        server.createContext("/", ReportServer::answerStatic);
        server.start();
        return new ReportServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answerApi(HttpExchange exchange, ReportApi api, ZoneId zone, Clock clock)
            throws IOException {
        String panel = exchange.getRequestURI().getPath().substring("/api/".length());
        LocalDate day;
        try {
            String asked = query(exchange, "day");
            day = asked == null ? LocalDate.now(clock.withZone(zone)) : LocalDate.parse(asked);
        } catch (DateTimeParseException e) {
            send(
                    exchange,
                    400,
                    "application/json",
                    error("day must be YYYY-MM-DD: " + e.getParsedString()));
            return;
        }
        Object answer;
        try {
            answer = api.panel(panel, ShopDay.of(day, zone));
        } catch (Exception e) {
            LOG.warn("report: /api/{} failed", panel, e);
            send(exchange, 503, "application/json", error(panel + ": " + e.getMessage()));
            return;
        }
        if (answer == null) {
            send(
                    exchange,
                    404,
                    "application/json",
                    error("no panel " + panel + "; " + ReportApi.PANELS));
            return;
        }
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(answer));
    }

    private static void answerStatic(HttpExchange exchange) throws IOException {
        String resource = STATIC.get(exchange.getRequestURI().getPath());
        if (resource == null) {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = ReportServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            send(exchange, 200, contentType(resource), in.readAllBytes());
        }
    }

    private static String contentType(String resource) {
        if (resource.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return resource.endsWith(".css")
                ? "text/css; charset=utf-8"
                : "text/javascript; charset=utf-8";
    }

    private static String query(HttpExchange exchange, String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static byte[] error(String message) throws IOException {
        return JSON.writeValueAsBytes(Map.of("error", message));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
