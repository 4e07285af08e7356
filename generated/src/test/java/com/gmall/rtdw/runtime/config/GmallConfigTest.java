package com.gmall.rtdw.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GmallConfigTest {
    private static final Map<String, String> MINIMAL = Map.of(
            "kafka.bootstrap.servers", "127.0.0.1:19092", "clickhouse.url", "http://127.0.0.1:18123",
            "mysql.host", "127.0.0.1", "mysql.port", "13306", "mysql.user", "gmall",
            "redis.host", "127.0.0.1", "redis.port", "16379", "phoenix.zk.quorum", "127.0.0.1:12181");

    @Test
    void defaultsFillWhatIsLeftOut() {
        GmallConfig config = GmallConfig.of(MINIMAL, Map.of(), "test");
        assertThat(config.get(GmallOptions.CLICKHOUSE_DATABASE)).isEqualTo("gmall_rtdw");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.clickHouse().uri("SELECT 1").toString())
                .isEqualTo("http://127.0.0.1:18123/?database=gmall_rtdw&query=SELECT+1");
        assertThat(config.clickHouse().user()).isEqualTo("default");
    }

    @Test
    void unknownKeyFailsListingTheValidOnes() {
        Map<String, String> typo = new java.util.HashMap<>(MINIMAL);
        typo.put("clickhouse.pasword", "x");
        assertThatThrownBy(() -> GmallConfig.of(typo, Map.of(), "local.properties"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("configuration local.properties: unknown key 'clickhouse.pasword'")
                .hasMessageContaining("Valid keys: cdc.server-id, clickhouse.database, clickhouse.password, clickhouse.url, "
                        + "clickhouse.user, dim.batch.interval-ms");
    }

    @Test
    void missingRequiredKeyFails() {
        Map<String, String> noKafka = new java.util.HashMap<>(MINIMAL);
        noKafka.remove("kafka.bootstrap.servers");
        assertThatThrownBy(() -> GmallConfig.of(noKafka, Map.of(), "c"))
                .hasMessageContaining("missing required key 'kafka.bootstrap.servers' (Kafka brokers");
    }

    @Test
    void wrongTypeNamesTheKey() {
        Map<String, String> bad = new java.util.HashMap<>(MINIMAL);
        bad.put("mysql.port", "13306x");
        assertThatThrownBy(() -> GmallConfig.of(bad, Map.of(), "c")).hasMessage("mysql.port: expected integer, got '13306x'");
    }

    @Test
    void environmentOverridesTheFileAndSecretsStayHidden() {
        GmallConfig config = GmallConfig.of(MINIMAL, Map.of("GMALL_CLICKHOUSE_PASSWORD", "s3cret&x=1"), "c");
        assertThat(config.get(GmallOptions.CLICKHOUSE_PASSWORD)).isEqualTo("s3cret&x=1");
        assertThat(config.clickHouse().password()).isEqualTo("s3cret&x=1");
        assertThat(config.clickHouse().uri(null).toString()).doesNotContain("s3cret");
        assertThat(config.toString()).contains("clickhouse.password=***").doesNotContain("s3cret");
        assertThat(config.clickHouse().toString()).doesNotContain("s3cret");
    }

    @Test
    void mistypedEnvironmentOverrideFailsButOtherGmallVariablesAreLeftAlone() {
        assertThatThrownBy(() -> GmallConfig.of(MINIMAL, Map.of("GMALL_CLICKHOUSE_PASWORD", "x"), "c"))
                .hasMessageContaining("unknown environment override GMALL_CLICKHOUSE_PASWORD (valid: ")
                .hasMessageContaining("GMALL_CLICKHOUSE_PASSWORD");
        GmallConfig config = GmallConfig.of(MINIMAL, Map.of("GMALL_HOME", "/tmp/x"), "c");
        assertThat(config.get(GmallOptions.CLICKHOUSE_USER)).isEqualTo("default");
    }

    @Test
    void textValuesAreTakenExactly() {
        GmallConfig config = GmallConfig.of(MINIMAL, Map.of("GMALL_CLICKHOUSE_PASSWORD", " pass word "), "c");
        assertThat(config.get(GmallOptions.CLICKHOUSE_PASSWORD)).isEqualTo(" pass word ");
    }

    @Test
    void badTimeZoneFailsAtLoad() {
        Map<String, String> bad = new java.util.HashMap<>(MINIMAL);
        bad.put("warehouse.time-zone", "Mars/Olympus");
        assertThatThrownBy(() -> GmallConfig.of(bad, Map.of(), "c"))
                .hasMessage("warehouse.time-zone: unknown time zone 'Mars/Olympus'");
    }

    @Test
    void theShippedLocalProfileLoads() {
        Path repo = Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();
        GmallConfig config = GmallConfig.load(repo.resolve("conf/local.properties"), Map.of());
        assertThat(config.get(GmallOptions.KAFKA_BOOTSTRAP_SERVERS)).isEqualTo("127.0.0.1:19092");
        assertThat(config.get(GmallOptions.CLICKHOUSE_URL)).isEqualTo("http://127.0.0.1:18123");
    }

    /** The cluster template documents every setting but the local stack's own, and loads as it is. */
    @Test
    void clusterExampleListsEverySettingAndLoads() throws Exception {
        Path example = Path.of(System.getProperty("gmall.root", "..")).resolve("conf/cluster.properties.example");
        java.util.Properties listed = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(example)) {
            listed.load(in);
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        GmallOptions.all().stream().map(ConfigOption::key).filter(k -> !k.startsWith("stack.")).forEach(expected::add);
        assertThat(new java.util.TreeSet<>(listed.stringPropertyNames())).isEqualTo(expected);

        GmallConfig config = GmallConfig.load(example, Map.of("GMALL_MYSQL_PASSWORD", "from-the-environment"));
        assertThat(config.get(GmallOptions.MYSQL_PASSWORD)).isEqualTo("from-the-environment");
        assertThat(config.get(GmallOptions.FLINK_CHECKPOINT_DIR)).startsWith("hdfs://");
        assertThat(config.toString()).doesNotContain("from-the-environment");
    }
}
