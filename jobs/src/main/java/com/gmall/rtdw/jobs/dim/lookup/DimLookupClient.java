package com.gmall.rtdw.jobs.dim.lookup;

import com.gmall.rtdw.jobs.dim.DimCacheKeys;
import com.gmall.rtdw.jobs.dim.JvmShared;
import com.gmall.rtdw.jobs.dim.PhoenixCatalog;
import com.gmall.rtdw.jobs.dim.PhoenixConnectionPool;
import com.gmall.rtdw.jobs.dim.PhoenixRefusals;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Dim lookups with Redis as a side cache in front of Phoenix (cache-aside), one instance per
 * settings in a job's class loader on a TaskManager, i.e. shared by all of the job's lookup
 * operators there (defects L3, L6, L7):
 *
 * <ul>
 *   <li>Lookups are by the table's key column only: that is what DimApp invalidates (D7), and the
 *       cache key {@code DIM:<TABLE>:<key>} then names one row.
 *   <li>Redis first: a hit on a row also renews its TTL, so rows in use stay cached (L1); a cached
 *       "missing" keeps its own short TTL.
 *   <li>On a miss, one bound query by the configured key column (L5, D7) on a pooled connection
 *       that is always given back (L2); the row is cached with the TTL, and a missing row is cached
 *       as missing for a shorter time, so an unknown key does not cost a Phoenix query per record.
 *       DimApp deletes the key when the row is written.
 *   <li>A fixed number of threads (L3) with a bounded queue, larger than the lookups the operators
 *       can have in flight (their capacity bounds them); should it ever be full, the lookup fails
 *       rather than block the task thread.
 *   <li>Redis trouble is not fatal: the lookup goes to Phoenix. While Phoenix does not answer, the
 *       lookup asks again with backoff ({@code retry.give-up-after-ms}), within the lookup timeout;
 *       then it fails the job.
 * </ul>
 */
public final class DimLookupClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DimLookupClient.class);
    private static final JvmShared<DimLookupSettings, DimLookupClient> SHARED =
            new JvmShared<>(DimLookupClient::new);

    /** The cached value of a key that has no row. */
    static final String MISSING = "null";

    /** GET, and renew the TTL of a cached row (not of a cached "missing"), in one round trip. */
    private static final String GET_AND_RENEW =
            "local v = redis.call('GET', KEYS[1]) "
                    + "if v and v ~= ARGV[2] then redis.call('EXPIRE', KEYS[1], ARGV[1]) end return v";

    private static final int QUEUE_PER_THREAD = 1024;

    private final DimLookupSettings settings;
    private final ThreadPoolExecutor executor;
    private final PhoenixConnectionPool phoenix;
    private final JvmShared.Handle<JedisPool> redis;

    /** Each table's key column, read from Phoenix's catalog once. */
    private final Map<String, String> keyColumns = new ConcurrentHashMap<>();

    private DimLookupClient(DimLookupSettings settings) {
        this.settings = settings;
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor =
                new ThreadPoolExecutor(
                        settings.threads(),
                        settings.threads(),
                        60,
                        TimeUnit.SECONDS,
                        new ArrayBlockingQueue<>(settings.threads() * QUEUE_PER_THREAD),
                        r -> {
                            Thread t =
                                    new Thread(r, "dim-lookup-" + threadNumber.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        },
                        new ThreadPoolExecutor.AbortPolicy());
        this.phoenix =
                new PhoenixConnectionPool(
                        settings.zookeeperQuorum(), settings.threads(), Duration.ofSeconds(30));
        this.redis = RedisPools.acquire(settings.redis());
    }

    /**
     * The JVM's client for these settings; closing the handle releases it (the last release closes
     * it).
     */
    public static JvmShared.Handle<DimLookupClient> acquire(DimLookupSettings settings) {
        return SHARED.acquire(settings);
    }

    /** A {@link DimLookupService} over the shared client. */
    public static DimLookupService.Factory service(DimLookupSettings settings) {
        return () -> {
            JvmShared.Handle<DimLookupClient> handle = acquire(settings);
            return new DimLookupService() {
                @Override
                public CompletableFuture<LookupResult> lookup(
                        String table, String keyColumn, String key) {
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
        try {
            return CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return lookup(table, keyColumn, key);
                        } catch (SQLException e) {
                            throw new CompletionException(e);
                        }
                    },
                    executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException(
                            "dim lookup queue full ("
                                    + executor.getQueue().size()
                                    + " waiting): raise dim.lookup.threads",
                            e));
        }
    }

    /**
     * The row of {@code table} whose {@code keyColumn} (its key column, in any case) is {@code
     * key}, from Redis or else from Phoenix.
     */
    public LookupResult lookup(String tableName, String keyColumnName, String key)
            throws SQLException {
        if (!Identifiers.isValid(tableName) || !Identifiers.isValid(keyColumnName)) {
            throw new IllegalArgumentException(
                    "not a dim table or column: " + tableName + "." + keyColumnName);
        }
        if (key == null) {
            throw new IllegalArgumentException("null keys are not looked up (defect L5)");
        }
        String table = tableName.toUpperCase(Locale.ROOT);
        String keyColumn = keyColumnName.toUpperCase(Locale.ROOT);
        String tableKey = keyColumn(table);
        if (!tableKey.equals(keyColumn)) {
            throw new IllegalArgumentException(
                    "dim lookups are by the table's key: "
                            + table
                            + " is keyed by "
                            + tableKey
                            + ", not "
                            + keyColumn
                            + " (only key lookups are cached and invalidated by DimApp)");
        }
        String cacheKey = DimCacheKeys.of(table, key);
        String cached = cached(cacheKey);
        if (cached != null) {
            try {
                return new LookupResult(
                        MISSING.equals(cached)
                                ? Optional.empty()
                                : Optional.of(DimRow.fromJson(cached)),
                        true);
            } catch (IOException e) {
                LOG.warn(
                        "cached value of {} is not a dim row, reading Phoenix: {}",
                        cacheKey,
                        e.getMessage());
            }
        }
        Optional<DimRow> row = query(table, keyColumn, key);
        cache(cacheKey, row);
        return new LookupResult(row, false);
    }

    private String keyColumn(String table) throws SQLException {
        String known = keyColumns.get(table);
        if (known != null) {
            return known;
        }
        List<String> keys;
        try (PhoenixConnectionPool.Lease lease = phoenix.lease()) {
            keys = PhoenixCatalog.primaryKey(lease.connection(), table);
        }
        if (keys.size() != 1) {
            throw new SQLException(
                    "no dim table "
                            + PhoenixJdbc.DIM_SCHEMA
                            + "."
                            + table
                            + " with a one-column key"
                            + " (key: "
                            + keys
                            + ")",
                    "42M03");
        }
        keyColumns.put(table, keys.get(0));
        return keys.get(0);
    }

    private String cached(String cacheKey) {
        try (Jedis jedis = redis.get().getResource()) {
            return (String)
                    jedis.eval(
                            GET_AND_RENEW,
                            List.of(cacheKey),
                            List.of(Integer.toString(settings.cacheTtlSeconds()), MISSING));
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

    /**
     * Phoenix's row, asked again while Phoenix does not answer (a refusal, such as an unknown
     * table, is final).
     */
    private Optional<DimRow> query(String table, String keyColumn, String key) throws SQLException {
        return settings.phoenixBackoff()
                .call(
                        () -> queryOnce(table, keyColumn, key),
                        e -> !PhoenixRefusals.isRefusal(e),
                        (failure, waitMs) ->
                                LOG.warn(
                                        "Phoenix does not answer a lookup in {}, asking again in {} ms: {}",
                                        table,
                                        waitMs,
                                        failure.toString()));
    }

    private Optional<DimRow> queryOnce(String table, String keyColumn, String key)
            throws SQLException {
        String sql =
                "SELECT * FROM "
                        + PhoenixJdbc.DIM_SCHEMA
                        + "."
                        + table
                        + " WHERE "
                        + keyColumn
                        + " = ?";
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
