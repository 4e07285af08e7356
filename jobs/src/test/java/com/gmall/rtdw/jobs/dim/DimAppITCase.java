package com.gmall.rtdw.jobs.dim;

import static com.gmall.rtdw.jobs.testing.StackClients.await;
import static com.gmall.rtdw.jobs.testing.StackClients.mariadb;
import static com.gmall.rtdw.jobs.testing.StackClients.mariadbCount;
import static com.gmall.rtdw.jobs.testing.StackClients.phoenixCount;
import static com.gmall.rtdw.jobs.testing.StackClients.phoenixRow;
import static com.gmall.rtdw.jobs.testing.StackClients.phoenixTableExists;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupClient;
import com.gmall.rtdw.jobs.dim.lookup.DimLookupSettings;
import com.gmall.rtdw.jobs.dim.lookup.LookupResult;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.LocalExecution;
import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.testing.TopicReader;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.RetainedState;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.Jedis;

/**
 * DimApp on the real local stack (MariaDB with CDC, Kafka, HBase + Phoenix, Redis), one job run for
 * all cases: a configuration row added at runtime makes a table without restart, updates and
 * deletes reach Phoenix and clear the cache, a poisoned configuration row and a malformed message
 * become dead letters while the job runs on, and a configuration row Phoenix refuses does not stop
 * the job from starting again. Business rows reach the job through topic_db as OdsDbApp writes
 * them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DimAppITCase {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GmallConfig config;
    private java.nio.file.Path folder;
    private JobClient job;
    private KafkaProducer<byte[], byte[]> producer;
    private Jedis redis;
    private DimLookupClient lookups;
    private AutoCloseable lookupHandle;

    @BeforeAll
    void startDimApp() throws Exception {
        TestStack stack = TestStack.get();
        config = stack.settings().config();
        folder = stack.folder("dim-app");
        job = LocalExecution.start(new DimApp(), config, folder, null, 0);
        producer = StackClients.producer(config);
        redis = StackClients.redis(config);
        var handle = DimLookupClient.acquire(DimLookupSettings.from(config));
        lookups = handle.get();
        lookupHandle = handle;
        await(
                "the configured dim tables exist",
                () -> phoenixTableExists(config, "GMALL_REALTIME.DIM_SKU_INFO"),
                exists -> exists,
                WAIT);
    }

    @AfterAll
    void stop() throws Exception {
        lookupHandle.close();
        redis.close();
        producer.close();
        job.cancel().get(1, TimeUnit.MINUTES);
    }

    @Test
    void updatedDimRowLeavesTheCacheAndLookupsSeeTheNewValue() throws Exception {
        send(
                change(
                        ChangeType.insert,
                        "sku_info",
                        "id",
                        "90001",
                        "spu_id",
                        "1",
                        "price",
                        "10",
                        "sku_name",
                        "旧 'old'"));
        await("sku 90001 in Phoenix", () -> sku("90001"), row -> row.isPresent(), WAIT);
        Thread.sleep(1000); // the insert's own cache delete follows its commit: let it pass before
        // caching the row
        assertThat(lookups.lookup("DIM_SKU_INFO", "ID", "90001").cacheHit()).isFalse();
        LookupResult cached = lookups.lookup("DIM_SKU_INFO", "ID", "90001");
        assertThat(cached.cacheHit()).isTrue();
        assertThat(cached.row().orElseThrow().get("SKU_NAME")).isEqualTo("旧 'old'");
        assertThat(redis.ttl("DIM:DIM_SKU_INFO:90001"))
                .as("cached with a TTL (L1)")
                .isPositive()
                .isLessThanOrEqualTo(config.get(GmallOptions.DIM_CACHE_TTL_SECONDS));

        send(
                change(
                        ChangeType.update,
                        "sku_info",
                        "id",
                        "90001",
                        "spu_id",
                        "1",
                        "price",
                        "12",
                        "sku_name",
                        "新"));
        await(
                "the update written and then the cache entry of sku 90001 deleted (D6)",
                () ->
                        sku("90001").orElseThrow().get("PRICE")
                                + " cached="
                                + redis.exists("DIM:DIM_SKU_INFO:90001"),
                state -> state.equals("12 cached=false"),
                WAIT);

        LookupResult fresh = lookups.lookup("DIM_SKU_INFO", "ID", "90001");
        assertThat(fresh.cacheHit()).isFalse();
        assertThat(fresh.row().orElseThrow().get("PRICE")).isEqualTo("12");
        assertThat(fresh.row().get().get("SKU_NAME")).isEqualTo("新");
    }

    @Test
    void deletedBusinessRowLeavesPhoenixAndTheCacheD4() throws Exception {
        send(change(ChangeType.insert, "sku_info", "id", "90002", "spu_id", "2", "price", "20"));
        await("sku 90002 in Phoenix", () -> sku("90002"), Optional::isPresent, WAIT);
        assertThat(lookups.lookup("DIM_SKU_INFO", "ID", "90002").row()).isPresent();
        assertThat(redis.exists("DIM:DIM_SKU_INFO:90002")).isTrue();

        send(change(ChangeType.delete, "sku_info", "id", "90002", "spu_id", "2", "price", "20"));
        await("sku 90002 gone from Phoenix", () -> sku("90002"), Optional::isEmpty, WAIT);
        await(
                "sku 90002 gone from the cache",
                () -> redis.exists("DIM:DIM_SKU_INFO:90002"),
                e -> !e,
                WAIT);
        assertThat(lookups.lookup("DIM_SKU_INFO", "ID", "90002").row()).isEmpty();
    }

    @Test
    void newConfigRowCreatesItsTableAndRoutesRowsWithoutRestartD2() throws Exception {
        mariadb(
                config,
                "gmall_config",
                "INSERT INTO table_process (source_table, sink_table, sink_columns, sink_pk, "
                        + "sink_extend) VALUES ('base_dic', 'dim_base_dic', 'dic_code,dic_name', 'dic_code', NULL)");
        await(
                "DIM_BASE_DIC created",
                () -> phoenixTableExists(config, "GMALL_REALTIME.DIM_BASE_DIC"),
                e -> e,
                WAIT);
        assertThat(
                        await(
                                        "base_dic's current rows read into it",
                                        () ->
                                                phoenixRow(
                                                        config,
                                                        "GMALL_REALTIME.DIM_BASE_DIC",
                                                        "DIC_CODE",
                                                        "1001"),
                                        Optional::isPresent,
                                        WAIT)
                                .get())
                .containsEntry("DIC_NAME", "未支付");
        long dictionary = mariadbCount(config, "base_dic");
        await(
                "every base_dic row in DIM_BASE_DIC",
                () -> phoenixCount(config, "GMALL_REALTIME.DIM_BASE_DIC"),
                n -> n == dictionary,
                WAIT);
        send(
                change(
                        ChangeType.insert,
                        "base_dic",
                        "dic_code",
                        "1602",
                        "dic_name",
                        "已支付",
                        "parent_code",
                        "16"));
        assertThat(
                        await(
                                        "dic 1602 in Phoenix",
                                        () ->
                                                phoenixRow(
                                                        config,
                                                        "GMALL_REALTIME.DIM_BASE_DIC",
                                                        "DIC_CODE",
                                                        "1602"),
                                        Optional::isPresent,
                                        WAIT)
                                .get())
                .containsEntry("DIC_NAME", "已支付");

        mariadb(
                config,
                "gmall_config",
                "UPDATE table_process SET sink_columns = 'dic_code,dic_name,parent_code' "
                        + "WHERE source_table = 'base_dic'");
        // the column exists once the router holds the new configuration: rows before that keep the
        // old columns
        await(
                "PARENT_CODE added",
                () -> phoenixRow(config, "GMALL_REALTIME.DIM_BASE_DIC", "DIC_CODE", "1602"),
                row -> row.orElseThrow().containsKey("PARENT_CODE"),
                WAIT);
        assertThat(
                        await(
                                "parent_code of the existing rows filled in",
                                () ->
                                        phoenixRow(
                                                config,
                                                "GMALL_REALTIME.DIM_BASE_DIC",
                                                "DIC_CODE",
                                                "1001"),
                                row -> "10".equals(row.orElseThrow().get("PARENT_CODE")),
                                WAIT))
                .isPresent();
        send(
                change(
                        ChangeType.update,
                        "base_dic",
                        "dic_code",
                        "1602",
                        "dic_name",
                        "已支付",
                        "parent_code",
                        "16"));
        assertThat(
                        await(
                                "parent_code added and written",
                                () ->
                                        phoenixRow(
                                                config,
                                                "GMALL_REALTIME.DIM_BASE_DIC",
                                                "DIC_CODE",
                                                "1602"),
                                row -> row.isPresent() && "16".equals(row.get().get("PARENT_CODE")),
                                WAIT))
                .isPresent();
        assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void poisonedConfigRowAndMalformedMessageAreDeadLettersAndTheJobRunsOnD5() throws Exception {
        mariadb(
                config,
                "gmall_config",
                "INSERT INTO table_process (source_table, sink_table, sink_columns, sink_pk, "
                        + "sink_extend) VALUES ('cart_info', 'dim_cart_info (id varchar primary key); DROP TABLE "
                        + "GMALL_REALTIME.DIM_SKU_INFO; --', 'id', NULL, NULL)");
        producer.send(
                        new ProducerRecord<>(
                                Topics.TOPIC_DB.name(),
                                "{\"database\":\"gmall\",".getBytes(StandardCharsets.UTF_8)))
                .get();

        List<JsonNode> letters =
                await("two dead letters", this::deadLetters, l -> l.size() >= 2, WAIT);
        assertThat(letters)
                .anySatisfy(
                        l -> {
                            assertThat(l.get("reason").asText())
                                    .startsWith("table_process row rejected: sink_table");
                            assertThat(l.get("source").asText())
                                    .isEqualTo("gmall_config.table_process");
                        });
        assertThat(letters)
                .anySatisfy(
                        l -> {
                            assertThat(l.get("reason").asText()).startsWith("cannot decode");
                            assertThat(l.get("source").asText()).isEqualTo("topic_db");
                            assertThat(l.get("original").asText())
                                    .isEqualTo("{\"database\":\"gmall\",");
                        });

        assertThat(phoenixTableExists(config, "GMALL_REALTIME.DIM_SKU_INFO"))
                .as("nothing executed")
                .isTrue();
        assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
        send(change(ChangeType.insert, "sku_info", "id", "90003", "spu_id", "3"));
        await("rows still flow", () -> sku("90003"), Optional::isPresent, WAIT);
    }

    @Test
    void aConfigRowPhoenixRefusesIsADeadLetterAndDimAppStartsAgainAfterIt() throws Exception {
        // valid identifiers, but ORDER is a reserved word: Phoenix refuses the table
        mariadb(
                config,
                "gmall_config",
                "INSERT INTO table_process (source_table, sink_table, sink_columns, sink_pk, "
                        + "sink_extend) VALUES ('favor_info', 'dim_favor_info', 'id,order', 'id', NULL)");
        await(
                "the refused row as a dead letter",
                this::deadLetters,
                l ->
                        l.stream()
                                .anyMatch(
                                        letter ->
                                                letter.get("reason")
                                                        .asText()
                                                        .contains("Phoenix refused the table")),
                WAIT);
        Thread.sleep(
                3 * config.get(GmallOptions.FLINK_CHECKPOINT_INTERVAL_MS)); // a checkpoint after it

        // a restart reads table_process again: the refused row must not stop the job
        job.cancel().get(1, TimeUnit.MINUTES);
        String checkpoint =
                RetainedState.latest(List.of(folder.resolve("checkpoints").toUri().toString()))
                        .orElseThrow();
        job = LocalExecution.start(new DimApp(), config, folder, checkpoint, 0);
        try {
            send(change(ChangeType.insert, "sku_info", "id", "90004", "spu_id", "4"));
            await("rows flow after the restart", () -> sku("90004"), Optional::isPresent, WAIT);
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
        } finally {
            mariadb(
                    config,
                    "gmall_config",
                    "DELETE FROM table_process WHERE source_table = 'favor_info'");
        }
    }

    private Optional<Map<String, String>> sku(String id) throws Exception {
        return phoenixRow(config, "GMALL_REALTIME.DIM_SKU_INFO", "ID", id);
    }

    private List<JsonNode> deadLetters() throws Exception {
        List<JsonNode> letters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r :
                TopicReader.readUntil(
                        config, DeadLetters.topic("DimApp"), all -> false, Duration.ofSeconds(2))) {
            letters.add(JSON.readTree(r.value()));
        }
        return letters;
    }

    private void send(DbChange change) throws Exception {
        String key =
                change.getDatabase()
                        + "."
                        + change.getTable()
                        + ":"
                        + change.getData().getOrDefault("id", change.getData().get("dic_code"));
        producer.send(
                        new ProducerRecord<>(
                                Topics.TOPIC_DB.name(),
                                key.getBytes(StandardCharsets.UTF_8),
                                Topics.TOPIC_DB.serde().encode(change)))
                .get();
    }

    private static DbChange change(ChangeType type, String table, String... columnsAndValues) {
        return DimRouterTest.change(type, table, columnsAndValues);
    }
}
