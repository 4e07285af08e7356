package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.runtime.RedisClients;
import com.gmall.rtdw.runtime.config.RedisEndpoint;
import java.time.Duration;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * One bounded Jedis pool per Redis endpoint and JVM, authenticated (and over TLS) as the endpoint
 * says. A borrower waits at most two seconds (the reference could wait forever once connections
 * leaked, defect L2) and a command times out after two seconds.
 */
public final class RedisPools {
    private static final int TIMEOUT_MS = 2000;
    private static final JvmShared<RedisEndpoint, JedisPool> POOLS =
            new JvmShared<>(RedisPools::create);

    private RedisPools() {}

    public static JvmShared.Handle<JedisPool> acquire(RedisEndpoint endpoint) {
        return POOLS.acquire(endpoint);
    }

    private static JedisPool create(RedisEndpoint endpoint) {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(64);
        config.setMaxIdle(64);
        config.setMinIdle(0);
        config.setMaxWait(Duration.ofMillis(TIMEOUT_MS));
        config.setJmxEnabled(false);
        return new JedisPool(
                config,
                new HostAndPort(endpoint.host(), endpoint.port()),
                RedisClients.clientConfig(endpoint, TIMEOUT_MS));
    }
}
