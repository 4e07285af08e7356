package com.gmall.rtdw.testing;

import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import java.nio.file.Path;

/**
 * A private ClickHouse test server that hands out a new empty database per test, so that tests of
 * DDL do not see each other's tables.
 */
public final class ScratchDatabases implements AutoCloseable {
    private final ClickHouseTestServer server;
    private final String prefix;
    private int created;

    private ScratchDatabases(ClickHouseTestServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    /** Starts the server; databases are called {@code <prefix>_1}, {@code <prefix>_2}, ... */
    public static ScratchDatabases start(String prefix) {
        return new ScratchDatabases(
                ClickHouseTestServer.start(
                        Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath()),
                prefix);
    }

    /** Creates the next database; {@link #endpoint()} and the client returned point at it. */
    public ClickHouseHttp next() {
        created++;
        server.query("CREATE DATABASE " + prefix + "_" + created);
        return new ClickHouseHttp(endpoint());
    }

    /** The latest database. */
    public ClickHouseEndpoint endpoint() {
        return new ClickHouseEndpoint(server.httpUrl(), prefix + "_" + created, "default", "");
    }

    @Override
    public void close() {
        server.close();
    }
}
