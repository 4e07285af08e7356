package com.gmall.rtdw.runtime;

import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where and as whom to reach ClickHouse over HTTP. Values come from configuration, never from code.
 *
 * @param httpUrl base URL, e.g. {@code http://127.0.0.1:18123}
 * @param database the warehouse database, e.g. {@code gmall_rtdw}
 * @param user user name
 * @param password password (may be empty)
 */
public record ClickHouseEndpoint(String httpUrl, String database, String user, String password)
        implements Serializable {

    /**
     * The URI of a request in the database, with {@code statement} as its {@code query} parameter
     * (null: the statement is the request body). Parameters are URL-encoded; credentials are not in
     * it (they travel in the {@code X-ClickHouse-User}/{@code X-ClickHouse-Key} headers, so URLs
     * can be logged). Compression stays off: ClickHouse 18.16 answers compressed requests with
     * empty bodies.
     */
    public URI uri(String statement) {
        String base = httpUrl.endsWith("/") ? httpUrl : httpUrl + "/";
        String query = statement == null ? "" : "&query=" + encode(statement);
        return URI.create(base + "?database=" + encode(database) + query);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "ClickHouseEndpoint[" + httpUrl + ", database=" + database + ", user=" + user + "]";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
