package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.RedisClients;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.RedisEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Jedis;

/**
 * Redis (Debian's redis-server), the dim cache: loopback only, no persistence, and always a
 * password ({@code redis.password}), as any process that can write {@code DIM:*} keys decides what
 * every report shows. With {@code redis.user} set, that ACL user is the only one, limited to the
 * cache's keys and to commands that cannot reconfigure or wipe the server; otherwise the default
 * user needs the password. The settings are in a file of mode 0600, not on the command line, where
 * any local user could read the password.
 */
final class RedisServer extends LocalServer {
    RedisServer(StackSettings settings) {
        super(settings, "redis", settings.redisPort());
    }

    @Override
    void prepare(Output out) throws Exception {
        Files.createDirectories(dataDir());
        Files.createDirectories(logDir());
        Templates.writeOwnerOnly(confFile(), String.join("\n", settingsLines(endpoint())) + "\n");
    }

    private RedisEndpoint endpoint() {
        RedisEndpoint endpoint = RedisEndpoint.of(settings.config()).at("127.0.0.1", port());
        if (endpoint.password().isEmpty()) {
            throw new IllegalStateException(
                    GmallOptions.REDIS_PASSWORD.key()
                            + " is empty: the local stack starts "
                            + "Redis only with a password (set it in conf/local.properties or "
                            + GmallOptions.REDIS_PASSWORD.environmentVariable()
                            + ")");
        }
        if (endpoint.tls()) {
            throw new IllegalStateException(
                    GmallOptions.REDIS_TLS.key()
                            + " is true: the local stack's Redis listens "
                            + "on loopback without TLS; TLS is for a shop's own Redis (docs/security.md)");
        }
        return endpoint;
    }

    private List<String> settingsLines(RedisEndpoint endpoint) {
        List<String> lines =
                new ArrayList<>(
                        List.of(
                                "port " + port(),
                                "bind 127.0.0.1",
                                "protected-mode yes",
                                "save \"\"",
                                "appendonly no",
                                "daemonize no",
                                "dir " + quoted(dataDir().toString()),
                                "logfile " + quoted(logDir().resolve("redis.log").toString())));
        if (endpoint.user().isEmpty()) {
            lines.add("requirepass " + quoted(endpoint.password()));
        } else {
            lines.add("user default off");
            lines.add(
                    "user "
                            + endpoint.user()
                            + " on "
                            + quoted(">" + endpoint.password())
                            + " ~DIM:* +@all -@dangerous");
        }
        return lines;
    }

    /**
     * A value in Redis' configuration syntax: in double quotes, with quotes and backslashes
     * escaped.
     */
    static String quoted(String value) {
        if (value.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("a Redis setting may not hold control characters");
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Path confFile() {
        return confDir().resolve("redis.conf");
    }

    @Override
    List<String> command() {
        return List.of("redis-server", confFile().toString());
    }

    @Override
    boolean probe() {
        try (Jedis jedis = RedisClients.connect(endpoint(), 2000)) {
            return "PONG".equals(jedis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    List<Path> diagnosticLogs() {
        return List.of(logDir().resolve("redis.log"), outputLog());
    }
}
