package com.gmall.rtdw.jobs.dim.lookup;

import com.gmall.rtdw.runtime.Backoff;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.RedisEndpoint;
import java.io.Serializable;

/**
 * What a JVM's {@link DimLookupClient} is built from; operators with equal settings share one
 * client.
 *
 * @param zookeeperQuorum Phoenix
 * @param redis the cache
 * @param threads lookup threads, and Phoenix connections, per JVM
 * @param cacheTtlSeconds how long a found row stays cached after its last lookup
 * @param missingTtlSeconds how long a key known to be missing stays cached
 * @param phoenixBackoff how long a lookup asks Phoenix again while it does not answer
 */
public record DimLookupSettings(
        String zookeeperQuorum,
        RedisEndpoint redis,
        int threads,
        int cacheTtlSeconds,
        int missingTtlSeconds,
        Backoff phoenixBackoff)
        implements Serializable {
    public DimLookupSettings {
        if (threads < 1 || cacheTtlSeconds < 1 || missingTtlSeconds < 1) {
            throw new IllegalArgumentException("lookup threads and cache TTLs must be positive");
        }
    }

    public static DimLookupSettings from(GmallConfig config) {
        return new DimLookupSettings(
                config.get(GmallOptions.PHOENIX_ZK_QUORUM),
                RedisEndpoint.of(config),
                config.get(GmallOptions.DIM_LOOKUP_THREADS),
                config.get(GmallOptions.DIM_CACHE_TTL_SECONDS),
                config.get(GmallOptions.DIM_CACHE_MISSING_TTL_SECONDS),
                Backoff.of(config));
    }
}
