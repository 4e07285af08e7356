package com.gmall.rtdw.jobs.dim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DimApp's routing in an operator harness: configuration in broadcast state, business rows to dim
 * writes.
 */
class DimRouterTest {
    /**
     * What the router asked Phoenix to make (a test double of the Phoenix side; DimAppITCase uses
     * the real one).
     */
    private static final List<DimTable> ENSURED = new CopyOnWriteArrayList<>();

    private static final List<TableProcess> PRELOAD = new CopyOnWriteArrayList<>();

    /** The business database's current rows, by table, for backfills. */
    private static final Map<String, List<String[]>> DATABASE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();

    private BroadcastOperatorTestHarness<DbChange, ConfigChange, DimWrite> harness;

    @BeforeEach
    void clear() {
        ENSURED.clear();
        PRELOAD.clear();
        DATABASE.clear();
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    private void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                        router(), DimRouter.CONFIG);
    }

    private static DimRouter router() {
        return new DimRouter(
                "gmall",
                "DimApp",
                () -> new ArrayList<>(PRELOAD),
                RecordingTables::new,
                () ->
                        new DimBackfill() {
                            @Override
                            public void forEachRow(
                                    DimTable table, java.util.function.Consumer<String[]> row) {
                                DATABASE.getOrDefault(table.sourceTable(), List.of()).forEach(row);
                            }

                            @Override
                            public void close() {}
                        });
    }

    @Test
    void rowsArrivingBeforeTheConfigSnapshotAreRoutedFromThePreloadD3() throws Exception {
        PRELOAD.add(
                new TableProcess("base_trademark", "dim_base_trademark", "id,tm_name", null, null));
        open();
        assertThat(ENSURED).extracting(DimTable::sinkTable).containsExactly("DIM_BASE_TRADEMARK");

        harness.processElement(
                change(ChangeType.bootstrap_insert, "base_trademark", "id", "3", "tm_name", "小米"),
                1);

        assertThat(writes()).containsExactly("upsert DIM_BASE_TRADEMARK[3] [3, 小米]");
        assertThat(harness.getBroadcastState(DimRouter.CONFIG).entries()).isEmpty();
    }

    @Test
    void bootstrapInsertsInsertsAndUpdatesAreAllWrittenD1() throws Exception {
        open();
        configure("c", trademarks());
        harness.processElement(
                change(ChangeType.bootstrap_insert, "base_trademark", "id", "1", "tm_name", "a"),
                1);
        harness.processElement(
                change(ChangeType.insert, "base_trademark", "id", "2", "tm_name", "b"), 2);
        harness.processElement(
                change(ChangeType.update, "base_trademark", "id", "2", "tm_name", "c"), 3);
        harness.processElement(change(ChangeType.bootstrap_complete, "base_trademark"), 4);

        assertThat(writes())
                .containsExactly(
                        "upsert DIM_BASE_TRADEMARK[1] [1, a]",
                        "upsert DIM_BASE_TRADEMARK[2] [2, b]",
                        "upsert DIM_BASE_TRADEMARK[2] [2, c]");
    }

    @Test
    void businessDeletesBecomePhoenixDeletesD4() throws Exception {
        open();
        configure("r", trademarks());
        harness.processElement(
                change(ChangeType.delete, "base_trademark", "id", "7", "tm_name", "gone"), 1);

        assertThat(harness.extractOutputValues())
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.delete).isTrue();
                            assertThat(w.cacheKey()).isEqualTo("DIM:DIM_BASE_TRADEMARK:7");
                        });
    }

    @Test
    void deleteOfConfigRowStopsRoutingAndRemovesItsStateD2() throws Exception {
        PRELOAD.add(trademarks());
        open();
        configure("r", trademarks());
        assertThat(harness.getBroadcastState(DimRouter.CONFIG).contains("base_trademark")).isTrue();

        harness.processBroadcastElement(new ConfigChange("d", trademarks(), null, "delete"), 2);
        harness.processElement(
                change(ChangeType.insert, "base_trademark", "id", "1", "tm_name", "a"), 3);

        assertThat(harness.getBroadcastState(DimRouter.CONFIG).entries()).isEmpty();
        assertThat(harness.extractOutputValues())
                .as("neither broadcast state nor the preload routes it")
                .isEmpty();
    }

    @Test
    void columnAddedToTheConfigIsAddedToTheTableAndWrittenD2() throws Exception {
        open();
        configure("r", trademarks());
        TableProcess wider =
                new TableProcess(
                        "base_trademark", "dim_base_trademark", "id,tm_name,logo_url", null, null);
        harness.processBroadcastElement(new ConfigChange("u", trademarks(), wider, "update"), 2);
        harness.processElement(
                change(
                        ChangeType.insert,
                        "base_trademark",
                        "id",
                        "1",
                        "tm_name",
                        "a",
                        "logo_url",
                        "/l.png",
                        "not_configured",
                        "x"),
                3);

        assertThat(ENSURED)
                .extracting(t -> t.columns().toString())
                .containsExactly("[id, tm_name]", "[id, tm_name, logo_url]");
        assertThat(writes()).containsExactly("upsert DIM_BASE_TRADEMARK[1] [1, a, /l.png]");
    }

    @Test
    void unchangedConfigRowIsNotAppliedAgain() throws Exception {
        PRELOAD.add(trademarks());
        open();
        configure("r", trademarks()); // the CDC snapshot of what open() already applied
        configure("u", trademarks());

        assertThat(ENSURED).hasSize(1);
    }

    @Test
    void poisonedConfigRowIsRejectedWithADeadLetterAndNothingExecutedD5() throws Exception {
        open();
        configure("r", trademarks());
        TableProcess poisoned =
                new TableProcess(
                        "cart_info",
                        "dim_cart; DROP TABLE GMALL_REALTIME.DIM_SKU_INFO --",
                        "id,sku_id",
                        null,
                        null);
        harness.processBroadcastElement(
                new ConfigChange("c", null, poisoned, "{\"poisoned\":true}"), 2);
        TableProcess badOption =
                new TableProcess("cart_info", "dim_cart", "id", null, "SPLIT ON ('a')");
        harness.processBroadcastElement(
                new ConfigChange("c", null, badOption, "{\"option\":true}"), 3);

        assertThat(ENSURED).extracting(DimTable::sinkTable).containsExactly("DIM_BASE_TRADEMARK");
        assertThat(harness.getBroadcastState(DimRouter.CONFIG).contains("cart_info")).isFalse();
        List<JsonNode> letters = deadLetters();
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).get("reason").asText())
                .contains("sink_table")
                .contains("not a valid identifier");
        assertThat(letters.get(0).get("source").asText()).isEqualTo("gmall_config.table_process");
        assertThat(letters.get(0).get("original").asText()).isEqualTo("{\"poisoned\":true}");
        assertThat(letters.get(1).get("reason").asText()).contains("sink_extend");

        harness.processElement(
                change(ChangeType.insert, "base_trademark", "id", "1", "tm_name", "a"), 4);
        assertThat(writes())
                .as("the router goes on")
                .containsExactly("upsert DIM_BASE_TRADEMARK[1] [1, a]");
    }

    @Test
    void invalidUpdateOfAConfigRowKeepsThePreviousRoutingD5() throws Exception {
        open();
        configure("r", trademarks());
        TableProcess broken =
                new TableProcess("base_trademark", "dim_base_trademark", "tm_name", "id", null);
        harness.processBroadcastElement(new ConfigChange("u", trademarks(), broken, "update"), 2);
        harness.processElement(
                change(ChangeType.insert, "base_trademark", "id", "1", "tm_name", "a"), 3);

        assertThat(deadLetters())
                .singleElement()
                .satisfies(
                        l ->
                                assertThat(l.get("reason").asText())
                                        .contains("sink_pk 'id' is not one of sink_columns"));
        assertThat(writes()).containsExactly("upsert DIM_BASE_TRADEMARK[1] [1, a]");
    }

    @Test
    void configuredSinkPkIsTheKeyOfWritesDeletesAndCacheD7() throws Exception {
        open();
        configure(
                "r",
                new TableProcess(
                        "base_dic", "dim_base_dic", "dic_code,dic_name", "dic_code", null));
        harness.processElement(
                change(ChangeType.insert, "base_dic", "dic_code", "1602", "dic_name", "已支付"), 1);
        harness.processElement(
                change(ChangeType.delete, "base_dic", "dic_code", "1601", "dic_name", "未支付"), 2);

        List<DimWrite> writes = harness.extractOutputValues();
        assertThat(writes).extracting(w -> w.key).containsExactly("1602", "1601");
        assertThat(writes)
                .extracting(DimWrite::cacheKey)
                .containsExactly("DIM:DIM_BASE_DIC:1602", "DIM:DIM_BASE_DIC:1601");
        assertThat(writes.get(1).keyColumn).isEqualTo("dic_code");
        assertThat(ENSURED.get(0).primaryKey()).isEqualTo("dic_code");
    }

    @Test
    void updateThatChangesTheKeyDeletesTheOldRowD7() throws Exception {
        open();
        configure("r", trademarks());
        DbChange rekeyed = change(ChangeType.update, "base_trademark", "id", "9", "tm_name", "a");
        rekeyed.setOld(new HashMap<>(Map.of("id", "8")));
        harness.processElement(rekeyed, 1);

        assertThat(writes())
                .containsExactly(
                        "delete DIM_BASE_TRADEMARK[8] [8]", "upsert DIM_BASE_TRADEMARK[9] [9, a]");
    }

    @Test
    void rowWithoutItsKeyIsADeadLetter() throws Exception {
        open();
        configure("r", trademarks());
        harness.processElement(change(ChangeType.insert, "base_trademark", "tm_name", "no id"), 1);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters())
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.get("reason").asText())
                                    .isEqualTo(
                                            "base_trademark row not written: key column id is null or missing");
                            assertThat(l.get("original").asText())
                                    .contains("\"tm_name\":\"no id\"");
                        });
    }

    @Test
    void otherDatabasesAndUnconfiguredTablesAreIgnored() throws Exception {
        open();
        configure("r", trademarks());
        DbChange elsewhere = change(ChangeType.insert, "base_trademark", "id", "1", "tm_name", "a");
        elsewhere.setDatabase("gmall_archive");
        harness.processElement(elsewhere, 1);
        harness.processElement(change(ChangeType.insert, "order_info", "id", "1"), 2);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void tablePhoenixRefusesIsADeadLetterButAnUnreachablePhoenixFailsTheTask() throws Exception {
        open();
        harness.processBroadcastElement(
                new ConfigChange(
                        "c",
                        null,
                        new TableProcess("refused", "dim_refused", "id", null, null),
                        "refused"),
                1);
        assertThat(deadLetters())
                .singleElement()
                .satisfies(
                        l ->
                                assertThat(l.get("reason").asText())
                                        .contains("Phoenix refused the table"));

        assertThatThrownBy(
                        () ->
                                harness.processBroadcastElement(
                                        new ConfigChange(
                                                "c",
                                                null,
                                                new TableProcess(
                                                        "unreachable",
                                                        "dim_unreachable",
                                                        "id",
                                                        null,
                                                        null),
                                                "unreachable"),
                                        2))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aStartAfterPhoenixRefusedAConfigRowSkipsItAndRoutesTheOthers() throws Exception {
        PRELOAD.add(new TableProcess("refused", "dim_refused", "id", null, null));
        PRELOAD.add(
                new TableProcess("base_trademark", "dim_base_trademark", "id,tm_name", null, null));
        open(); // would throw for ever before: the refused DDL ran again in open()

        harness.processElement(
                change(ChangeType.insert, "base_trademark", "id", "3", "tm_name", "小米"), 1);
        harness.processElement(change(ChangeType.insert, "refused", "id", "1"), 1);

        assertThat(writes()).containsExactly("upsert DIM_BASE_TRADEMARK[3] [3, 小米]");
    }

    @Test
    void aStartWhilePhoenixIsUnreachableFails() {
        PRELOAD.add(new TableProcess("unreachable", "dim_unreachable", "id", null, null));
        assertThatThrownBy(this::open).hasStackTraceContaining("connection refused");
    }

    @Test
    void newConfigRowBringsTheTablesCurrentRowsOnceFromTheDatabase() throws Exception {
        DATABASE.put(
                "base_trademark",
                List.of(
                        new String[] {"1", "小米"},
                        new String[] {"2", "苹果"},
                        new String[] {null, "no key"}));
        open();
        configure("c", trademarks());
        configure("u", trademarks()); // unchanged: not read again

        assertThat(writes())
                .containsExactly(
                        "upsert DIM_BASE_TRADEMARK[1] [1, 小米]",
                        "upsert DIM_BASE_TRADEMARK[2] [2, 苹果]");
    }

    @Test
    void columnsAddedToTheConfigAreFilledFromTheDatabase() throws Exception {
        open();
        configure("r", trademarks());
        DATABASE.put("base_trademark", List.<String[]>of(new String[] {"1", "小米", "/mi.png"}));
        harness.processBroadcastElement(
                new ConfigChange(
                        "u",
                        trademarks(),
                        new TableProcess(
                                "base_trademark",
                                "dim_base_trademark",
                                "id,tm_name,logo_url",
                                null,
                                null),
                        "update"),
                2);

        assertThat(writes()).containsExactly("upsert DIM_BASE_TRADEMARK[1] [1, 小米, /mi.png]");
    }

    private static TableProcess trademarks() {
        return new TableProcess("base_trademark", "dim_base_trademark", "id,tm_name", "", null);
    }

    private void configure(String op, TableProcess row) throws Exception {
        harness.processBroadcastElement(
                new ConfigChange(op, null, row, op + " " + row.sourceTable), 0);
    }

    private List<String> writes() {
        return harness.extractOutputValues().stream().map(DimWrite::toString).toList();
    }

    private List<JsonNode> deadLetters() throws Exception {
        List<JsonNode> letters = new ArrayList<>();
        var side = harness.getSideOutput(DimRouter.DEAD_LETTERS);
        if (side != null) {
            for (StreamRecord<KafkaRecord> r : side) {
                letters.add(JSON.readTree(r.getValue().value));
            }
        }
        return letters;
    }

    /** {@code change(type, table, column, value, column, value...)} */
    static DbChange change(ChangeType type, String table, String... columnsAndValues) {
        return com.gmall.rtdw.jobs.testing.DbChanges.change(type, table, columnsAndValues);
    }

    /**
     * Records what would be made; refuses DIM_REFUSED as Phoenix would, and cannot reach
     * DIM_UNREACHABLE.
     */
    static final class RecordingTables implements DimTables {
        @Override
        public void ensure(DimTable table) throws SQLException {
            switch (table.sinkTable()) {
                case "DIM_REFUSED" ->
                        throw new SQLException(
                                "ERROR 1015 (42Y82): Salt bucket numbers too high", "42Y82");
                case "DIM_UNREACHABLE" -> throw new SQLException("connection refused", "08000");
                default -> ENSURED.add(table);
            }
        }

        @Override
        public void close() {}
    }
}
