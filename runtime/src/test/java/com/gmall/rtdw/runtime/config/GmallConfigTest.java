package com.gmall.rtdw.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GmallConfigTest {
    private static final Map<String, String> MINIMAL =
            Map.of(
                    "kafka.bootstrap.servers",
                    "127.0.0.1:19092",
                    "clickhouse.url",
                    "http://127.0.0.1:18123",
                    "mysql.host",
                    "127.0.0.1",
                    "mysql.port",
                    "13306",
                    "mysql.cdc.user",
                    "gmall_cdc",
                    "mysql.reader.user",
                    "gmall_reader",
                    "redis.host",
                    "127.0.0.1",
                    "redis.port",
                    "16379",
                    "phoenix.zk.quorum",
                    "127.0.0.1:12181");

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
                .hasMessageContaining(
                        "configuration local.properties: unknown key 'clickhouse.pasword'")
                .hasMessageContaining(
                        "Valid keys: cdc.server-id, clickhouse.database, clickhouse.password, clickhouse.url, "
                                + "clickhouse.user, dead-letters.max-original-bytes, dim.batch.interval-ms");
    }

    @Test
    void missingRequiredKeyFails() {
        Map<String, String> noKafka = new java.util.HashMap<>(MINIMAL);
        noKafka.remove("kafka.bootstrap.servers");
        assertThatThrownBy(() -> GmallConfig.of(noKafka, Map.of(), "c"))
                .hasMessageContaining(
                        "missing required key 'kafka.bootstrap.servers' (Kafka brokers");
    }

    @Test
    void wrongTypeNamesTheKey() {
        Map<String, String> bad = new java.util.HashMap<>(MINIMAL);
        bad.put("mysql.port", "13306x");
        assertThatThrownBy(() -> GmallConfig.of(bad, Map.of(), "c"))
                .hasMessage("mysql.port: expected integer, got '13306x'");
    }

    @Test
    void environmentOverridesTheFileAndSecretsStayHidden() {
        GmallConfig config =
                GmallConfig.of(MINIMAL, Map.of("GMALL_CLICKHOUSE_PASSWORD", "s3cret&x=1"), "c");
        assertThat(config.get(GmallOptions.CLICKHOUSE_PASSWORD)).isEqualTo("s3cret&x=1");
        assertThat(config.clickHouse().password()).isEqualTo("s3cret&x=1");
        assertThat(config.clickHouse().uri(null).toString()).doesNotContain("s3cret");
        assertThat(config.toString()).contains("clickhouse.password=***").doesNotContain("s3cret");
        assertThat(config.clickHouse().toString()).doesNotContain("s3cret");
    }

    @Test
    void mistypedEnvironmentOverrideFailsButOtherGmallVariablesAreLeftAlone() {
        assertThatThrownBy(
                        () -> GmallConfig.of(MINIMAL, Map.of("GMALL_CLICKHOUSE_PASWORD", "x"), "c"))
                .hasMessageContaining(
                        "unknown environment override GMALL_CLICKHOUSE_PASWORD (valid: ")
                .hasMessageContaining("GMALL_CLICKHOUSE_PASSWORD");
        GmallConfig config = GmallConfig.of(MINIMAL, Map.of("GMALL_HOME", "/tmp/x"), "c");
        assertThat(config.get(GmallOptions.CLICKHOUSE_USER)).isEqualTo("default");
    }

    @Test
    void textValuesAreTakenExactly() {
        GmallConfig config =
                GmallConfig.of(MINIMAL, Map.of("GMALL_CLICKHOUSE_PASSWORD", " pass word "), "c");
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

    /**
     * The cluster template documents every setting but the local stack's own, and loads as it is.
     */
    @Test
    void clusterExampleListsEverySettingAndLoads() throws Exception {
        Path example =
                Path.of(System.getProperty("gmall.root", ".."))
                        .resolve("conf/cluster.properties.example");
        java.util.Properties listed = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(example)) {
            listed.load(in);
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        GmallOptions.all().stream()
                .map(ConfigOption::key)
                .filter(k -> !k.startsWith("stack."))
                .forEach(expected::add);
        assertThat(new java.util.TreeSet<>(listed.stringPropertyNames())).isEqualTo(expected);

        assertThatThrownBy(() -> GmallConfig.load(example, Map.of()))
                .as(
                        "its secrets are left to the environment, and SASL or an ACL user without them is refused")
                .isInstanceOf(ConfigException.class);
        Map<String, String> secrets =
                Map.of(
                        "GMALL_MYSQL_CDC_PASSWORD",
                        "cdc-from-the-environment",
                        "GMALL_REDIS_PASSWORD",
                        "redis-from-the-environment",
                        "GMALL_KAFKA_SASL_JAAS_CONFIG",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"gmall\" password=\"jaas-from-the-environment\";");
        GmallConfig config = GmallConfig.load(example, secrets);
        assertThat(config.get(GmallOptions.MYSQL_CDC_PASSWORD))
                .isEqualTo("cdc-from-the-environment");
        assertThat(KafkaClientProperties.of(config).getProperty("sasl.jaas.config"))
                .contains("jaas-from-the-environment");
        assertThat(config.get(GmallOptions.FLINK_CHECKPOINT_DIR)).startsWith("hdfs://");
        assertThat(config.toString()).doesNotContain("from-the-environment");
    }

    @Test
    void theSingleMysqlUserOfEarlierVersionsFailsWithTheWayForward() {
        Map<String, String> old = new java.util.HashMap<>(MINIMAL);
        old.put("mysql.user", "gmall");
        assertThatThrownBy(() -> GmallConfig.of(old, Map.of(), "old.properties"))
                .hasMessageContaining(
                        "unknown key 'mysql.user' (split into mysql.cdc.user and mysql.reader.user");
    }

    /**
     * Every secret setting, set to a recognisable value, appears in no text the configuration
     * makes.
     */
    @Test
    void noSecretAppearsInTheConfigurationsTextsOrErrors() {
        Map<String, String> settings = new java.util.HashMap<>(MINIMAL);
        List<String> secrets = new java.util.ArrayList<>();
        for (ConfigOption<?> option : GmallOptions.all()) {
            if (option.isSecret()) {
                String secret = "s3cret-" + option.key();
                secrets.add(secret);
                settings.put(
                        option.key(),
                        option == GmallOptions.KAFKA_SASL_JAAS_CONFIG
                                ? "org.apache.kafka.common.security.plain.PlainLoginModule required password=\""
                                        + secret
                                        + "\";"
                                : secret);
            }
        }
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(9);
        settings.put("kafka.security.protocol", "SASL_SSL");
        settings.put("kafka.sasl.mechanism", "PLAIN");
        GmallConfig config = GmallConfig.of(settings, Map.of(), "c");
        List<String> texts =
                new java.util.ArrayList<>(
                        List.of(
                                config.toString(),
                                config.clickHouse().toString(),
                                RedisEndpoint.of(config).toString()));
        for (ConfigOption<?> option : GmallOptions.all()) {
            if (option.isSecret()) {
                Map<String, String> wrong = new java.util.HashMap<>(settings);
                wrong.put("redis.user", "not a user"); // fails after every secret has been read
                texts.add(
                        messageOf(
                                () ->
                                        GmallConfig.of(
                                                wrong,
                                                Map.of(
                                                        option.environmentVariable(),
                                                        "other-" + secretOf(option)),
                                                "c")));
            }
        }
        Map<String, String> wrongProtocol = new java.util.HashMap<>(settings);
        wrongProtocol.put("kafka.security.protocol", "PLAINTEXT");
        texts.add(messageOf(() -> GmallConfig.of(wrongProtocol, Map.of(), "c")));
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
            assertThat(text).doesNotContain("other-s3cret");
        }
        assertThat(config.toString())
                .contains(
                        "kafka.sasl.jaas-config=***",
                        "redis.password=***",
                        "mysql.cdc.password=***",
                        "mysql.reader.password=***");
    }

    private static String secretOf(ConfigOption<?> option) {
        return "s3cret-" + option.key();
    }

    private static String messageOf(Runnable failing) {
        try {
            failing.run();
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a ConfigException");
    }

    @Test
    void kafkaClientsGetTheBrokersAndOnlyTheSecuritySettingsThatAreSet() {
        GmallConfig plain = GmallConfig.of(MINIMAL, Map.of(), "c");
        assertThat(KafkaClientProperties.of(plain))
                .containsOnly(
                        Map.entry("bootstrap.servers", "127.0.0.1:19092"),
                        Map.entry("security.protocol", "PLAINTEXT"));

        Map<String, String> sasl = new java.util.HashMap<>(MINIMAL);
        sasl.put("kafka.security.protocol", "SASL_SSL");
        sasl.put("kafka.sasl.mechanism", "SCRAM-SHA-512");
        sasl.put("kafka.ssl.truststore-location", "/etc/ts.jks");
        GmallConfig config =
                GmallConfig.of(sasl, Map.of("GMALL_KAFKA_SASL_JAAS_CONFIG", "login;"), "c");
        assertThat(KafkaClientProperties.of(config))
                .containsOnly(
                        Map.entry("bootstrap.servers", "127.0.0.1:19092"),
                        Map.entry("security.protocol", "SASL_SSL"),
                        Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                        Map.entry("sasl.jaas.config", "login;"),
                        Map.entry("ssl.truststore.location", "/etc/ts.jks"));
        assertThat(KafkaClientProperties.security(config))
                .doesNotContainKey("bootstrap.servers")
                .containsEntry("sasl.jaas.config", "login;");
    }

    @Test
    void inconsistentKafkaSecurityIsRefusedAtLoad() {
        Map<String, String> noLogin = new java.util.HashMap<>(MINIMAL);
        noLogin.put("kafka.security.protocol", "SASL_PLAINTEXT");
        noLogin.put("kafka.sasl.mechanism", "PLAIN");
        assertThatThrownBy(() -> GmallConfig.of(noLogin, Map.of(), "c"))
                .hasMessage(
                        "kafka.security.protocol SASL_PLAINTEXT needs kafka.sasl.mechanism and kafka.sasl.jaas-config");
        Map<String, String> ignored = new java.util.HashMap<>(MINIMAL);
        ignored.put("kafka.sasl.mechanism", "PLAIN");
        assertThatThrownBy(() -> GmallConfig.of(ignored, Map.of(), "c"))
                .hasMessageContaining("take effect only with a SASL kafka.security.protocol");
        Map<String, String> typo = new java.util.HashMap<>(MINIMAL);
        typo.put("kafka.security.protocol", "SASL");
        assertThatThrownBy(() -> GmallConfig.of(typo, Map.of(), "c"))
                .hasMessage(
                        "kafka.security.protocol: 'SASL' is not one of [PLAINTEXT, SASL_PLAINTEXT, SASL_SSL, SSL]");
    }

    @Test
    void redisSettingsAreCheckedAndThePasswordNeverShown() {
        Map<String, String> acl = new java.util.HashMap<>(MINIMAL);
        acl.put("redis.user", "gmall_dim");
        assertThatThrownBy(() -> GmallConfig.of(acl, Map.of(), "c"))
                .hasMessageContaining("an ACL user always has a password");
        GmallConfig config = GmallConfig.of(acl, Map.of("GMALL_REDIS_PASSWORD", "pw\"x"), "c");
        RedisEndpoint endpoint = RedisEndpoint.of(config);
        assertThat(endpoint.user()).isEqualTo("gmall_dim");
        assertThat(endpoint.password()).isEqualTo("pw\"x");
        assertThat(endpoint.tls()).isFalse();
        assertThat(endpoint.toString())
                .isEqualTo("RedisEndpoint[redis://127.0.0.1:16379, user gmall_dim, password ***]");

        Map<String, String> caWithoutTls = new java.util.HashMap<>(MINIMAL);
        caWithoutTls.put("redis.tls.ca-file", "/etc/ca.pem");
        assertThatThrownBy(() -> GmallConfig.of(caWithoutTls, Map.of(), "c"))
                .hasMessageContaining("redis.tls is false");
        Map<String, String> notABoolean = new java.util.HashMap<>(MINIMAL);
        notABoolean.put("redis.tls", "yes");
        assertThatThrownBy(() -> GmallConfig.of(notABoolean, Map.of(), "c"))
                .hasMessage("redis.tls: expected true or false, got 'yes'");
    }
}
