package com.gmall.rtdw.jobs.dim.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dim.DimConfigValidator;
import com.gmall.rtdw.jobs.dim.DimTable;
import com.gmall.rtdw.jobs.dim.DimWrite;
import com.gmall.rtdw.jobs.dim.JvmShared;
import com.gmall.rtdw.jobs.dim.PhoenixConnectionPool;
import com.gmall.rtdw.jobs.dim.PhoenixDimTables;
import com.gmall.rtdw.jobs.dim.PhoenixDimWriter;
import com.gmall.rtdw.jobs.dim.TableProcess;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.Jedis;

/**
 * The lookup library on the real Phoenix and Redis: the table is made and filled with DimApp's own
 * writer, then looked up directly and from a Flink job through {@code AsyncDataStream}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DimLookupITCase {
    private GmallConfig config;
    private DimLookupSettings settings;

    /** A record of the test job: a province id to enrich with the province's name. A Flink POJO. */
    public static class Visit {
        public String provinceId;
        public String provinceName;

        public Visit() {}

        Visit(String provinceId) {
            this.provinceId = provinceId;
        }
    }

    static final class ProvinceJoin implements DimJoin<Visit> {
        @Override
        public String key(Visit v) {
            return v.provinceId;
        }

        @Override
        public Visit join(Visit v, DimRow row) {
            v.provinceName = row.get("NAME");
            return v;
        }
    }

    @BeforeAll
    void fillAProvinceTable() throws Exception {
        config = TestStack.get().settings().config();
        settings = DimLookupSettings.from(config);
        DimTable provinces =
                DimConfigValidator.validate(
                        new TableProcess(
                                "lookup_province",
                                "dim_lookup_province",
                                "id,name,region_id",
                                null,
                                null));
        String zk = config.get(GmallOptions.PHOENIX_ZK_QUORUM);
        try (PhoenixDimTables tables =
                        new PhoenixDimTables(
                                new PhoenixConnectionPool(zk, 1, Duration.ofMinutes(1)));
                PhoenixDimWriter writer =
                        new PhoenixDimWriter(
                                new PhoenixConnectionPool(zk, 1, Duration.ofMinutes(1)))) {
            tables.ensure(provinces);
            writer.write(
                    List.of(
                            DimWrite.upsert(provinces, "1", new String[] {"1", "北京", "1"}),
                            DimWrite.upsert(provinces, "2", new String[] {"2", "天津", "1"})));
        }
        try (Jedis redis = StackClients.redis(config)) {
            redis.del(
                    "DIM:DIM_LOOKUP_PROVINCE:1",
                    "DIM:DIM_LOOKUP_PROVINCE:2",
                    "DIM:DIM_LOOKUP_PROVINCE:404");
        }
    }

    @Test
    void hitsRenewTheTtlL1MissingKeysAreCachedAndConnectionsAlwaysReturnL2() throws Exception {
        try (JvmShared.Handle<DimLookupClient> handle = DimLookupClient.acquire(settings);
                Jedis redis = StackClients.redis(config)) {
            DimLookupClient client = handle.get();
            LookupResult first = client.lookup("DIM_LOOKUP_PROVINCE", "ID", "1");
            assertThat(first.cacheHit()).isFalse();
            assertThat(first.row().orElseThrow().get("NAME")).isEqualTo("北京");

            redis.expire("DIM:DIM_LOOKUP_PROVINCE:1", 5);
            LookupResult second = client.lookup("DIM_LOOKUP_PROVINCE", "ID", "1");
            assertThat(second.cacheHit()).isTrue();
            assertThat(second.row()).isEqualTo(first.row());
            assertThat(redis.ttl("DIM:DIM_LOOKUP_PROVINCE:1"))
                    .as("a hit renews the TTL")
                    .isGreaterThan(5)
                    .isLessThanOrEqualTo(settings.cacheTtlSeconds());

            assertThat(client.lookup("DIM_LOOKUP_PROVINCE", "ID", "404").row()).isEmpty();
            assertThat(redis.get("DIM:DIM_LOOKUP_PROVINCE:404")).isEqualTo(DimLookupClient.MISSING);
            assertThat(redis.ttl("DIM:DIM_LOOKUP_PROVINCE:404"))
                    .isPositive()
                    .isLessThanOrEqualTo(settings.missingTtlSeconds());
            LookupResult missingAgain = client.lookup("DIM_LOOKUP_PROVINCE", "ID", "404");
            assertThat(missingAgain.cacheHit())
                    .as("no Phoenix query for a known-missing key")
                    .isTrue();
            assertThat(missingAgain.row()).isEmpty();
            assertThat(redis.ttl("DIM:DIM_LOOKUP_PROVINCE:404"))
                    .as("a hit on 'missing' does not renew it")
                    .isLessThanOrEqualTo(settings.missingTtlSeconds());

            assertThat(
                            client.lookup("dim_lookup_province", "id", "2")
                                    .row()
                                    .orElseThrow()
                                    .get("NAME"))
                    .isEqualTo("天津");
            assertThat(redis.exists("DIM:DIM_LOOKUP_PROVINCE:2"))
                    .as("one cache key, whatever the caller's case")
                    .isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> client.lookup("DIM_LOOKUP_PROVINCE", "NAME", "北京"))
                    .hasMessageContaining("keyed by ID, not NAME");

            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> client.lookup("NO_SUCH_TABLE", "ID", "1"))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(client.phoenixConnectionsInUse())
                    .as("found, missing and failed lookups gave back their " + "connections")
                    .isZero();
        }
    }

    @Test
    void oneClientPerJvmAndSettingsSharedByAllOperatorsL6L7() {
        try (var a = DimLookupClient.acquire(settings);
                var b = DimLookupClient.acquire(settings)) {
            assertThat(a.get()).isSameAs(b.get());
            assertThat(DimLookupClient.users(settings)).isEqualTo(2);
        }
        assertThat(DimLookupClient.users(settings)).as("closed with its last user").isZero();
    }

    @Test
    void aFlinkJobEnrichesThroughAsyncIoPassingNullAndUnknownKeysOnL5() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        TypeInformation<Visit> type = TypeInformation.of(Visit.class);
        assertThat(type).isInstanceOf(PojoTypeInfo.class);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            visits.add(new Visit(i % 4 == 3 ? null : String.valueOf(i % 4)));
        }
        DataStream<Visit> in = env.fromCollection(visits, type);
        DimLookups.Enriched<Visit> enriched =
                DimLookups.enrich(
                        in,
                        "province",
                        "DIM_LOOKUP_PROVINCE",
                        "ID",
                        new ProvinceJoin(),
                        DimLookups.Options.from(config));

        List<Visit> out = new ArrayList<>();
        enriched.stream().executeAndCollect().forEachRemaining(out::add);

        assertThat(out).hasSize(200);
        assertThat(out)
                .filteredOn(v -> "1".equals(v.provinceId))
                .extracting(v -> v.provinceName)
                .containsOnly("北京");
        assertThat(out)
                .filteredOn(v -> "2".equals(v.provinceId))
                .extracting(v -> v.provinceName)
                .containsOnly("天津");
        assertThat(out)
                .filteredOn(v -> "0".equals(v.provinceId))
                .extracting(v -> v.provinceName)
                .containsOnly((String) null);
        assertThat(out).filteredOn(v -> v.provinceId == null).hasSize(50);
    }
}
