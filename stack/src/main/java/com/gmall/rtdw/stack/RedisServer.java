package com.gmall.rtdw.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import redis.clients.jedis.Jedis;

/** Redis (Debian's redis-server), the dim cache: loopback only, no persistence. */
final class RedisServer extends LocalServer {
    RedisServer(StackSettings settings) {
        super(settings, "redis", settings.redisPort());
    }




    @Override
    void prepare(Output out) throws Exception {
        Files.createDirectories(dataDir());
        Files.createDirectories(logDir());
    }

    @Override
    List<String> command() {
        return List.of("redis-server", "--port", Integer.toString(port()), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes", "--dir", dataDir().toString(),
                "--logfile", logDir().resolve("redis.log").toString());
    }

    @Override
    boolean probe() {
        try (Jedis jedis = new Jedis("127.0.0.1", port(), 2000)) {
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
