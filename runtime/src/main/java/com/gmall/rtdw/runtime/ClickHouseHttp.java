package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP access to ClickHouse with {@link java.net.http.HttpClient}: statements (DDL, small
 * queries) and binary inserts. No compression: ClickHouse 18.16 returns empty bodies when it is
 * asked for.
 */
public final class ClickHouseHttp {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final ClickHouseEndpoint endpoint;
    private final HttpClient http;

    public ClickHouseHttp(ClickHouseEndpoint endpoint) {
        this.endpoint = endpoint;
        this.http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
    }

    /**
     * Runs one statement in the endpoint's database (sent as the request body); returns the
     * response text.
     */
    public String execute(String sql) throws IOException {
        URI uri = endpoint.uri(null);
        return send(
                HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(sql)),
                brief(sql));
    }

    /**
     * Posts {@code length} bytes of data for {@code statement} (an {@code INSERT ... FORMAT ...},
     * sent as the {@code query} parameter so that the body is nothing but data).
     */
    public void insert(String statement, byte[] data, int length) throws IOException {
        URI uri = endpoint.uri(statement);
        send(
                HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(data, 0, length)),
                statement);
    }

    private String send(HttpRequest.Builder request, String what) throws IOException {
        request.timeout(REQUEST_TIMEOUT)
                .header("X-ClickHouse-User", endpoint.user())
                .header("X-ClickHouse-Key", endpoint.password() == null ? "" : endpoint.password());
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + what, e);
        }
        if (response.statusCode() != 200) {
            throw new ClickHouseRefusedException(
                    "ClickHouse at "
                            + endpoint.httpUrl()
                            + " refused `"
                            + what
                            + "` (HTTP "
                            + response.statusCode()
                            + "): "
                            + response.body().trim()
                            + hint(response.body()));
        }
        return response.body();
    }

    /**
     * What to do about a refusal whose cause is known: a job whose table definition gained a column
     * meets a table that has not been migrated yet (the job fails and restarts until it has).
     */
    private static String hint(String body) {
        return body.contains("No such column")
                ? " (a column added to the table's definition: `bin/gmall ddl apply` adds it to"
                        + " ClickHouse, and the job writes it from then on)"
                : "";
    }

    /**
     * Whether {@code failure} means the server did not answer (refused connection, timeout), worth
     * a retry.
     */
    public static boolean isOutage(Exception failure) {
        return failure instanceof IOException && !(failure instanceof ClickHouseRefusedException);
    }

    private static String brief(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "...";
    }
}
