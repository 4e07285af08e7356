package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.CdcEvents.change;
import static com.gmall.rtdw.jobs.pipeline.CdcEvents.table;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dim.DimApp;
import com.gmall.rtdw.jobs.dim.DimTable;
import com.gmall.rtdw.jobs.dim.DimWrite;
import com.gmall.rtdw.jobs.dim.TableProcess;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Schema;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.source.SourceRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DimApp in two runs. In the first, table_process rows come through the binlog of gmall_config: a
 * valid one and a poisoned one. In the second, the configuration is read at start (as open() does,
 * D3), so that topic_db's changes, which race the configuration's binlog, find it. Both at
 * parallelism 1 and with batches of one row: the sink commits on its batch size, a processing-time
 * interval or a checkpoint, and a bounded run ends before the interval.
 */
class DimAppPipelineTest {
    static final CdcEvents.Table TABLE_PROCESS =
            table(
                    "gmall_config",
                    "table_process",
                    List.of("source_table"),
                    "source_table",
                    Schema.STRING_SCHEMA,
                    "sink_table",
                    Schema.OPTIONAL_STRING_SCHEMA,
                    "sink_columns",
                    Schema.OPTIONAL_STRING_SCHEMA,
                    "sink_pk",
                    Schema.OPTIONAL_STRING_SCHEMA,
                    "sink_extend",
                    Schema.OPTIONAL_STRING_SCHEMA);
    static final String READ_AT = "2024-06-01T04:00:00Z";
    static final Object[] POISONED = {
        "cart_info",
        "dim_cart_info (id varchar primary key); DROP TABLE " + "GMALL_REALTIME.DIM_SKU_INFO; --",
        "id",
        null,
        null
    };
    private static final DbChange KEYLESS =
            change(ChangeType.insert, "base_trademark", "tm_name", "无名");
    private static PipelineRun.Outputs configured;
    private static PipelineRun.Outputs routed;

    static List<SourceRecord> configBinlog() {
        return List.of(
                CdcEvents.read(
                        TABLE_PROCESS,
                        READ_AT,
                        "base_trademark",
                        "dim_base_trademark",
                        "id,tm_name",
                        null,
                        "salt_buckets=4"),
                CdcEvents.read(TABLE_PROCESS, READ_AT, POISONED));
    }

    @BeforeAll
    static void run() throws Exception {
        PipelineRun fromBinlog =
                PipelineRun.of(new DimApp())
                        .parallelism(1)
                        .with("dim.batch.size", "1")
                        .binlog("gmall_config", DimAppPipelineTest::configBinlog);
        fromBinlog
                .servers()
                .businessRows
                .put(
                        "base_trademark",
                        new ArrayList<>(
                                List.of(new String[] {"1", "三星"}, new String[] {"2", "苹果"})));
        configured = fromBinlog.run();

        DbChange update =
                change(ChangeType.update, "base_trademark", "id", "12", "tm_name", "Apple");
        update.setOld(Map.of("tm_name", "苹果"));
        PipelineRun atStart =
                PipelineRun.of(new DimApp())
                        .parallelism(1)
                        .with("dim.batch.size", "1")
                        .input(
                                Topics.TOPIC_DB,
                                change(
                                        ChangeType.insert,
                                        "base_trademark",
                                        "id",
                                        "11",
                                        "tm_name",
                                        "小米",
                                        "logo_url",
                                        "/mi"),
                                update,
                                change(
                                        ChangeType.delete,
                                        "base_trademark",
                                        "id",
                                        "13",
                                        "tm_name",
                                        "华为"),
                                change(
                                        ChangeType.bootstrap_insert,
                                        "base_trademark",
                                        "id",
                                        "14",
                                        "tm_name",
                                        "三星"),
                                change(
                                        ChangeType.insert,
                                        "base_dic",
                                        "dic_code",
                                        "1602",
                                        "dic_name",
                                        "已支付",
                                        "parent_code",
                                        "16"),
                                change(
                                        ChangeType.insert,
                                        "order_info",
                                        "id",
                                        "1001",
                                        "user_id",
                                        "7"),
                                CdcEvents.dbChange(
                                        "gmall_config",
                                        ChangeType.insert,
                                        "base_trademark",
                                        "id",
                                        "15"),
                                KEYLESS)
                        .inputText(Topics.TOPIC_DB.name(), "{\"database\":\"gmall\",");
        atStart.servers()
                .tableProcess
                .add(
                        new TableProcess(
                                "base_trademark", "dim_base_trademark", "id,tm_name", null, null));
        atStart.servers()
                .tableProcess
                .add(
                        new TableProcess(
                                "base_dic", "dim_base_dic", "dic_code,dic_name", "dic_code", null));
        routed = atStart.run();
    }

    @Test
    void
            aTableProcessRowMakesItsPhoenixTableWithNormalisedOptionsAndFillsItFromTheBusinessTableD2() {
        assertThat(configured.<DimTable>of(InMemoryServers.DIM_TABLES))
                .containsExactly(
                        new DimTable(
                                "base_trademark",
                                "DIM_BASE_TRADEMARK",
                                List.of("id", "tm_name"),
                                "id",
                                "SALT_BUCKETS = 4"));
        assertThat(configured.<DimWrite>of(InMemoryServers.DIM_ROWS))
                .extracting(DimAppPipelineTest::write)
                .containsExactly(
                        "upsert DIM_BASE_TRADEMARK id=1 [id, tm_name]=[1, 三星]",
                        "upsert DIM_BASE_TRADEMARK id=2 [id, tm_name]=[2, 苹果]");
        assertThat(configured.<String>of(InMemoryServers.CACHE_CLEARED))
                .containsOnly("DIM:DIM_BASE_TRADEMARK:1", "DIM:DIM_BASE_TRADEMARK:2");
    }

    @Test
    void aPoisonedTableProcessRowIsADeadLetterOfTheConfigurationAndMakesNoTableD5() {
        long readAt = Instant.parse(READ_AT).toEpochMilli();
        assertThat(configured.deadLetters())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.job()).isEqualTo("DimApp");
                            assertThat(l.source()).isEqualTo("gmall_config.table_process");
                            assertThat(l.reason())
                                    .startsWith("table_process row rejected: sink_table");
                            assertThat(configured.<DimTable>of(InMemoryServers.DIM_TABLES))
                                    .extracting(DimTable::sourceTable)
                                    .doesNotContain("cart_info");
                            assertThat(l.original())
                                    .isEqualTo(
                                            CdcEvents.envelope(
                                                            TABLE_PROCESS,
                                                            "r",
                                                            0,
                                                            readAt,
                                                            null,
                                                            TABLE_PROCESS.row(POISONED))
                                                    .toString()); // the change as Debezium sent it
                        });
    }

    @Test
    void
            changesOfConfiguredTablesBecomeUpsertsOfTheConfiguredColumnsAndDeletesByTheConfiguredKeyD1D4D7() {
        assertThat(routed.<DimTable>of(InMemoryServers.DIM_TABLES))
                .extracting(DimTable::sinkTable)
                .containsExactlyInAnyOrder("DIM_BASE_TRADEMARK", "DIM_BASE_DIC");
        // logo_url is not configured; base_dic is keyed by dic_code; order_info has no
        // configuration, and the
        // base_trademark of gmall_config is not the shop's
        assertThat(routed.<DimWrite>of(InMemoryServers.DIM_ROWS))
                .extracting(DimAppPipelineTest::write)
                .containsExactly(
                        "upsert DIM_BASE_TRADEMARK id=11 [id, tm_name]=[11, 小米]",
                        "upsert DIM_BASE_TRADEMARK id=12 [id, tm_name]=[12, Apple]",
                        "delete DIM_BASE_TRADEMARK id=13 [id]=[13]",
                        "upsert DIM_BASE_TRADEMARK id=14 [id, tm_name]=[14, 三星]",
                        "upsert DIM_BASE_DIC dic_code=1602 [dic_code, dic_name]=[1602, 已支付]");
    }

    @Test
    void everyWrittenRowsCacheKeyIsClearedTheUpdatedOneIncludedAndNoOtherD4D7() {
        // each key at least once: a second delete 2 s after the commit (D6) comes if the run lasts
        // that long
        assertThat(routed.<String>of(InMemoryServers.CACHE_CLEARED))
                .containsOnly(
                        "DIM:DIM_BASE_TRADEMARK:11",
                        "DIM:DIM_BASE_TRADEMARK:12",
                        "DIM:DIM_BASE_TRADEMARK:13",
                        "DIM:DIM_BASE_TRADEMARK:14",
                        "DIM:DIM_BASE_DIC:1602");
    }

    @Test
    void aMalformedMessageAndARowWithoutItsKeyAreDeadLettersOfTopicDb() throws Exception {
        assertThat(routed.deadLetters()).hasSize(2);
        assertThat(routed.deadLetters())
                .filteredOn(l -> l.reason().startsWith("cannot decode"))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.source()).isEqualTo("topic_db");
                            assertThat(l.original()).isEqualTo("{\"database\":\"gmall\",");
                        });
        DeadLetter keyless =
                routed.deadLetters().stream()
                        .filter(l -> !l.reason().startsWith("cannot decode"))
                        .findFirst()
                        .orElseThrow();
        assertThat(keyless.source()).isEqualTo("topic_db");
        assertThat(keyless.reason())
                .isEqualTo("base_trademark row not written: key column id is null or missing");
        assertThat(
                        Topics.TOPIC_DB
                                .serde()
                                .decode(keyless.original().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(KEYLESS);
    }

    /** A write as Phoenix gets it: operation, table, key column and value, columns and values. */
    private static String write(DimWrite w) {
        return (w.delete ? "delete " : "upsert ")
                + w.sinkTable
                + " "
                + w.keyColumn
                + "="
                + w.key
                + " "
                + List.of(w.columns)
                + "="
                + java.util.Arrays.asList(w.values);
    }
}
