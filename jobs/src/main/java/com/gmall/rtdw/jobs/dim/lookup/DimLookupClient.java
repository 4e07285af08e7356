package com.gmall.rtdw.jobs.dim.lookup;

import com.gmall.rtdw.jobs.dim.DimCacheKeys;
import com.gmall.rtdw.jobs.dim.JvmShared;
import com.gmall.rtdw.jobs.dim.PhoenixConnectionPool;
import com.gmall.rtdw.jobs.dim.RedisPools;
import com.gmall.rtdw.runtime.Identifiers;
import com.gmall.rtdw.runtime.PhoenixJdbc;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.GetExParams;

/**
 * Dim lookups with Redis as a side cache in front of Phoenix (cache-aside), one instance per JVM and settings,
 * shared by every lookup operator in the JVM (defects L3, L6, L7):
 * <ul>
 * <li>Redis first, with {@code GETEX}: a hit also renews the TTL, so rows in use stay cached (L1).
 * <li>On a miss, one bound query by the configured key column (L5, D7) on a pooled connection that is always
 * given back (L2); the row is cached with the TTL, and a missing row is cached as missing for a shorter time, so an
 * unknown key does not cost a Phoenix query per record. DimApp deletes the key when the row is written.
 * <li>A fixed number of threads with a bounded queue; when it is full the caller runs the lookup itself, which slows
 * the operator down (back-pressure) instead of queueing without end (L3).
 * <li>Redis trouble is not fatal: the lookup goes to Phoenix. Phoenix trouble fails the lookup.
 * </ul>
 */
public final class DimLookupClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DimLookupClient.class);
    private static final JvmShared<DimLookupSettings, DimLookupClient> SHARED = new JvmShared<>(DimLookupClient::new);
    /** The cached value of a key that has no row. */
    static final String MISSING = "null";

    private final DimLookupSettings settings;
    private final ThreadPoolExecutor executor;
    private final PhoenixConnectionPool phoenix;
    private final JvmShared.Handle<JedisPool> redis;

    private DimLookupClient(DimLookupSettings settings) {
        this.settings = settings;
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.threads() * 64), r -> {
                    Thread t = new Thread(r, "dim-lookup-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        this.phoenix = new PhoenixConnectionPool(settings.zookeeperQuorum(), settings.threads(), Duration.ofSeconds(30));
        this.redis = RedisPools.acquire(settings.redis());
    }

    /** The JVM's client for these settings; closing the handle releases it (the last release closes it). */
    public static JvmShared.Handle<DimLookupClient> acquire(DimLookupSettings settings) {
        return SHARED.acquire(settings);
    }

    /** A {@link DimLookupService} over the shared client. */
    public static DimLookupService.Factory service(DimLookupSettings settings) {
        return () -> {
            JvmShared.Handle<DimLookupClient> handle = acquire(settings);
            return new DimLookupService() {
                @Override
                public CompletableFuture<LookupResult> lookup(String table, String keyColumn, String key) {
                    return handle.get().lookupAsync(table, keyColumn, key);
                }

                @Override
                public void close() {
                    handle.close();
                }
            };
        };
    }

    /** Users of the client for these settings in this JVM (for tests). */
    static int users(DimLookupSettings settings) {
        return SHARED.users(settings);
    }

    public CompletableFuture<LookupResult> lookupAsync(String table, String keyColumn, String key) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return lookup(table, keyColumn, key);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** The row of {@code table} whose {@code keyColumn} is {@code key}, from Redis or else from Phoenix. */
    public LookupResult lookup(String table, String keyColumn, String key) throws SQLException {
        if (!Identifiers.isValid(table) || !Identifiers.isValid(keyColumn)) {
            throw new IllegalArgumentException("not a dim table or column: " + table + "." + keyColumn);
        }
        if (key == null) {
            throw new IllegalArgumentException("null keys are not looked up (defect L5)");
        }
        String cacheKey = DimCacheKeys.of(table, key);
        String cached = cached(cacheKey);
        if (cached != null) {
            try {
                return new LookupResult(MISSING.equals(cached) ? Optional.empty()
                        : Optional.of(DimRow.fromJson(cached)), true);
            } catch (IOException e) {
                LOG.warn("cached value of {} is not a dim row, reading Phoenix: {}", cacheKey, e.getMessage());
            }
        }
        Optional<DimRow> row = query(table, keyColumn, key);
        cache(cacheKey, row);
        return new LookupResult(row, false);
    }

    private String cached(String cacheKey) {
        try (Jedis jedis = redis.get().getResource()) {
            return jedis.getEx(cacheKey, GetExParams.getExParams().ex(settings.cacheTtlSeconds()));
        } catch (JedisException e) {
            LOG.warn("Redis unavailable for {}, reading Phoenix: {}", cacheKey, e.getMessage());
            return null;
        }
    }

    private void cache(String cacheKey, Optional<DimRow> row) {
        try (Jedis jedis = redis.get().getResource()) {
            if (row.isPresent()) {
                jedis.setex(cacheKey, settings.cacheTtlSeconds(), row.get().toJson());
            } else {
                jedis.setex(cacheKey, settings.missingTtlSeconds(), MISSING);
            }
        } catch (JedisException e) {
            LOG.warn("Redis unavailable, {} not cached: {}", cacheKey, e.getMessage());
        }
    }

    private Optional<DimRow> query(String table, String keyColumn, String key) throws SQLException {
        String sql = "SELECT * FROM " + PhoenixJdbc.DIM_SCHEMA + "." + table + " WHERE " + keyColumn + " = ?";
        try (PhoenixConnectionPool.Lease lease = phoenix.lease();
                PreparedStatement st = lease.connection().prepareStatement(sql)) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, String> columns = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.put(meta.getColumnLabel(i), rs.getString(i));
                }
                return Optional.of(new DimRow(columns));
            }
        }
    }

    /** Phoenix connections lent out now (for tests: every lookup gives its connection back). */
    int phoenixConnectionsInUse() {
        return phoenix.active();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        phoenix.close();
        redis.close();
    }
}
