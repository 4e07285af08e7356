package com.gmall.rtdw.jobs.dim;

import java.time.Duration;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * One bounded Jedis pool per Redis server and JVM. A borrower waits at most two seconds (the reference could wait
 * forever once connections leaked, defect L2) and a command times out after two seconds.
 */
public final class RedisPools {
    private static final int TIMEOUT_MS = 2000;
    private static final JvmShared<RedisAddress, JedisPool> POOLS = new JvmShared<>(RedisPools::create);

    private RedisPools() {}

    /** Where the cache lives. */
    public record RedisAddress(String host, int port) implements java.io.Serializable {}

    public static JvmShared.Handle<JedisPool> acquire(RedisAddress address) {
        return POOLS.acquire(address);
    }

    private static JedisPool create(RedisAddress address) {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(64);
        config.setMaxIdle(64);
        config.setMinIdle(0);
        config.setMaxWait(Duration.ofMillis(TIMEOUT_MS));
        config.setJmxEnabled(false);
        return new JedisPool(config, address.host(), address.port(), TIMEOUT_MS);
    }
}
