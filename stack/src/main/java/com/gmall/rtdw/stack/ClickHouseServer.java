package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.Identifiers;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * ClickHouse (Debian's clickhouse-server) with its own configuration copy; the warehouse database
 * exists after start.
 */
final class ClickHouseServer extends LocalServer {
    ClickHouseServer(StackSettings settings) {
        super(settings, "clickhouse", settings.clickHouseHttpPort());
    }

    @Override
    String address() {
        return "http://127.0.0.1:" + port() + " (native " + settings.clickHouseTcpPort() + ")";
    }

    @Override
    List<Integer> ports() {
        return List.of(port(), settings.clickHouseTcpPort());
    }

    @Override
    void prepare(Output out) throws Exception {
        Files.createDirectories(dataDir());
        Files.createDirectories(logDir());
        Map<String, String> values =
                Map.of(
                        "GMALL_CH_HTTP_PORT",
                        Integer.toString(port()),
                        "GMALL_CH_TCP_PORT",
                        Integer.toString(settings.clickHouseTcpPort()),
                        "GMALL_CH_DATA_DIR",
                        dataDir().toString(),
                        "GMALL_CH_LOG_DIR",
                        logDir().toString(),
                        "GMALL_CH_USER",
                        Identifiers.require(
                                "clickhouse.user",
                                settings.config().get(GmallOptions.CLICKHOUSE_USER)),
                        "GMALL_CH_PASSWORD_SHA256",
                        sha256(settings.config().get(GmallOptions.CLICKHOUSE_PASSWORD)));
        for (String file : List.of("config.xml", "users.xml")) {
            Templates.render(
                    settings.root().resolve("conf/clickhouse/" + file),
                    confDir().resolve(file),
                    values);
        }
    }

    @Override
    List<String> command() {
        String config = "--config-file=" + confDir().resolve("config.xml");
        for (String candidate :
                List.of("/usr/sbin/clickhouse-server", "/usr/bin/clickhouse-server")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return List.of(candidate, config);
            }
        }
        return List.of("clickhouse", "server", config);
    }

    private static String sha256(String password) throws java.security.NoSuchAlgorithmException {
        byte[] digest =
                java.security.MessageDigest.getInstance("SHA-256")
                        .digest(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }

    @Override
    Map<String, String> environment() {
        return Map.of("CLICKHOUSE_WATCHDOG_ENABLE", "0");
    }

    @Override
    boolean probe() {
        try {
            return !http("default").execute("SELECT version()").isBlank();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    void afterReady(Output out) throws Exception {
        String database =
                Identifiers.require(
                        "clickhouse.database",
                        settings.config().get(GmallOptions.CLICKHOUSE_DATABASE));
        http("default").execute("CREATE DATABASE IF NOT EXISTS " + database);
    }

    @Override
    List<Path> diagnosticLogs() {
        return List.of(logDir().resolve("clickhouse-server.err.log"), outputLog());
    }

    ClickHouseHttp http(String database) {
        return new ClickHouseHttp(
                new ClickHouseEndpoint(
                        "http://127.0.0.1:" + port(),
                        database,
                        settings.config().get(GmallOptions.CLICKHOUSE_USER),
                        settings.config().get(GmallOptions.CLICKHOUSE_PASSWORD)));
    }
}
