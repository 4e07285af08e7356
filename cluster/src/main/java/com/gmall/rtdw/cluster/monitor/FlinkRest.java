package com.gmall.rtdw.cluster.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GETs on a Flink REST API (or the YARN ResourceManager's), answered as JSON trees. */
public final class FlinkRest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;

    public FlinkRest(Duration timeout) {
        // the ResourceManager's proxy answers a Flink address with a redirect to the JobManager
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        this.timeout = timeout;
    }

    /**
     * The JSON answer of {@code uri}; an error status or unreadable body is an IOException naming
     * the address.
     */
    public JsonNode get(URI uri) throws IOException {
        HttpRequest request =
                HttpRequest.newBuilder(uri)
                        .timeout(timeout)
                        .header("Accept", "application/json")
                        .GET()
                        .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + uri, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(
                    "GET "
                            + uri
                            + ": HTTP "
                            + response.statusCode()
                            + " "
                            + abbreviate(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("GET " + uri + ": not JSON: " + abbreviate(response.body()), e);
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }
}
