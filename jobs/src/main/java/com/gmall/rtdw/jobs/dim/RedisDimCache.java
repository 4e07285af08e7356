package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.runtime.config.RedisEndpoint;
import java.util.Collection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;

/** {@link DimCache} on Redis: one {@code DEL} for a whole batch of keys. */
public final class RedisDimCache implements DimCache {
    private final JvmShared.Handle<JedisPool> pool;

    private RedisDimCache(JvmShared.Handle<JedisPool> pool) {
        this.pool = pool;
    }

    public static Factory factory(RedisEndpoint endpoint) {
        return () -> new RedisDimCache(RedisPools.acquire(endpoint));
    }

    @Override
    public void invalidate(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try (Jedis jedis = pool.get().getResource()) {
            jedis.del(keys.toArray(String[]::new));
        } catch (JedisException e) {
            throw new DimCacheUnavailableException(
                    "Redis did not delete " + keys.size() + " keys: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
