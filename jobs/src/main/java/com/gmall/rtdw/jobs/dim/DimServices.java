package com.gmall.rtdw.jobs.dim;

import com.gmall.rtdw.jobs.runtime.MariaDb;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.RedisEndpoint;

/**
 * The servers behind DimApp, each as a factory its operators open: the {@code table_process} rows
 * read at start ({@code configuration}), the Phoenix tables it creates ({@code tables}) and writes
 * ({@code writer}), the Redis cache it clears ({@code cache}) and the business database a new
 * dimension table is filled from ({@code backfill}).
 */
public record DimServices(
        TableProcessLoader configuration,
        DimTables.Factory tables,
        DimWriter.Factory writer,
        DimCache.Factory cache,
        DimBackfill.Factory backfill) {
    /** The configured MariaDB, Phoenix and Redis. */
    public static DimServices of(GmallConfig config) {
        String zookeeper = config.get(GmallOptions.PHOENIX_ZK_QUORUM);
        return new DimServices(
                TableProcessLoader.jdbc(MariaDb.of(config, DimApp.CONFIG_DATABASE)),
                PhoenixDimTables.factory(zookeeper),
                PhoenixDimWriter.factory(zookeeper, config.get(GmallOptions.DIM_BATCH_SIZE)),
                RedisDimCache.factory(RedisEndpoint.of(config)),
                MariaDbBackfill.factory(MariaDb.of(config, DimApp.BUSINESS_DATABASE)));
    }
}
