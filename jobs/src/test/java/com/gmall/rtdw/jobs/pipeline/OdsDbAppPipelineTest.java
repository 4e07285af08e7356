package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.CdcEvents.DATETIME;
import static com.gmall.rtdw.jobs.pipeline.CdcEvents.DECIMAL_10_2;
import static com.gmall.rtdw.jobs.pipeline.CdcEvents.datetime;
import static com.gmall.rtdw.jobs.pipeline.CdcEvents.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.ods.OdsDbApp;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Schema;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.source.SourceRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OdsDbApp on one recorded binlog of database gmall: a snapshot row, an order inserted and updated,
 * a cart line deleted, a heartbeat, a comment too large for Kafka (the limit lowered to 1000 bytes)
 * and a truncate, which has no Maxwell type. Parallelism 1, so the records can be compared in the
 * binlog's order.
 */
class OdsDbAppPipelineTest {
    static final CdcEvents.Table TRADEMARK =
            table(
                    "gmall",
                    "base_trademark",
                    List.of("id"),
                    "id",
                    Schema.INT64_SCHEMA,
                    "tm_name",
                    Schema.OPTIONAL_STRING_SCHEMA,
                    "logo_url",
                    Schema.OPTIONAL_STRING_SCHEMA);
    static final CdcEvents.Table ORDER =
            table(
                    "gmall",
                    "order_info",
                    List.of("id"),
                    "id",
                    Schema.INT64_SCHEMA,
                    "total_amount",
                    DECIMAL_10_2,
                    "order_status",
                    Schema.OPTIONAL_STRING_SCHEMA,
                    "create_time",
                    DATETIME,
                    "operate_time",
                    DATETIME);
    static final CdcEvents.Table CART =
            table(
                    "gmall",
                    "cart_info",
                    List.of("id"),
                    "id",
                    Schema.INT64_SCHEMA,
                    "sku_id",
                    Schema.INT64_SCHEMA,
                    "sku_num",
                    Schema.INT32_SCHEMA,
                    "is_checked",
                    Schema.OPTIONAL_BOOLEAN_SCHEMA);
    static final CdcEvents.Table COMMENT =
            table(
                    "gmall",
                    "comment_info",
                    List.of("id"),
                    "id",
                    Schema.INT64_SCHEMA,
                    "comment_txt",
                    Schema.OPTIONAL_STRING_SCHEMA);
    static final String TRUNCATED_AT = "2024-06-01T04:07:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PipelineRun.Outputs out;

    static List<SourceRecord> binlog() {
        BigDecimal amount = new BigDecimal("8197.00");
        long created = datetime("2024-06-01 12:00:00");
        long truncated = Instant.parse(TRUNCATED_AT).toEpochMilli();
        return List.of(
                CdcEvents.read(TRADEMARK, "2024-06-01T04:00:00.500Z", 1L, "三星", null),
                CdcEvents.insert(
                        ORDER, "2024-06-01T04:00:01.250Z", 1001L, amount, "1001", created, null),
                CdcEvents.update(
                        ORDER,
                        "2024-06-01T04:05:00Z",
                        new Object[] {1001L, amount, "1001", created, null},
                        new Object[] {
                            1001L, amount, "1002", created, datetime("2024-06-01 12:05:00")
                        }),
                CdcEvents.heartbeat("2024-06-01T04:05:30Z"),
                CdcEvents.delete(CART, "2024-06-01T04:06:00Z", 5L, 30L, 2, true),
                CdcEvents.insert(COMMENT, "2024-06-01T04:06:30Z", 7L, "x".repeat(1200)),
                CdcEvents.event(TRADEMARK, "t", truncated, truncated, null, null));
    }

    @BeforeAll
    static void run() throws Exception {
        out =
                PipelineRun.of(new OdsDbApp())
                        .parallelism(1)
                        .with("kafka.max-message-bytes", "1000")
                        .binlog("gmall", OdsDbAppPipelineTest::binlog)
                        .run();
    }

    @Test
    void everyRowChangeBecomesOneMaxwellRecordKeyedByTableAndPrimaryKeyInBinlogOrder() {
        List<KafkaRecord> records = out.records(Topics.TOPIC_DB.name());
        assertThat(records)
                .extracting(r -> new String(r.key, StandardCharsets.UTF_8))
                .containsExactly(
                        "gmall.base_trademark:1",
                        "gmall.order_info:1001",
                        "gmall.order_info:1001",
                        "gmall.cart_info:5");
        // Maxwell's names on the wire: the type with a dash, ts in seconds (of the binlog, else of
        // the read)
        assertThat(records)
                .extracting(
                        r -> json(r).get("database").asText(),
                        r -> json(r).get("table").asText(),
                        r -> json(r).get("type").asText(),
                        r -> json(r).get("ts").asLong())
                .containsExactly(
                        tuple("gmall", "base_trademark", "bootstrap-insert", 1717214400L),
                        tuple("gmall", "order_info", "insert", 1717214401L),
                        tuple("gmall", "order_info", "update", 1717214700L),
                        tuple("gmall", "cart_info", "delete", 1717214760L));
        assertThat(json(records.get(1)).get("data").fieldNames())
                .toIterable()
                .as("columns in table order")
                .containsExactly(
                        "id", "total_amount", "order_status", "create_time", "operate_time");
    }

    @Test
    void valuesAreTextWithExactDecimalsWallClockDateTimesAndBooleansAsDigits() throws Exception {
        List<DbChange> changes = decoded();
        assertThat(changes.get(0).getData())
                .isEqualTo(map("id", "1", "tm_name", "三星", "logo_url", null));
        assertThat(changes.get(1).getData())
                .isEqualTo(
                        map(
                                "id",
                                "1001",
                                "total_amount",
                                "8197.00",
                                "order_status",
                                "1001",
                                "create_time",
                                "2024-06-01 12:00:00",
                                "operate_time",
                                null));
        assertThat(changes.get(1).getOld()).isNull();
        assertThat(changes.get(3).getData())
                .as("a delete carries the row as it was")
                .isEqualTo(map("id", "5", "sku_id", "30", "sku_num", "2", "is_checked", "1"));
    }

    @Test
    void anUpdateCarriesTheNewRowAndOnlyTheChangedColumnsPreviousValuesInOld() throws Exception {
        DbChange update = decoded().get(2);
        assertThat(update.getType()).isEqualTo(ChangeType.update);
        assertThat(update.getData())
                .isEqualTo(
                        map(
                                "id",
                                "1001",
                                "total_amount",
                                "8197.00",
                                "order_status",
                                "1002",
                                "create_time",
                                "2024-06-01 12:00:00",
                                "operate_time",
                                "2024-06-01 12:05:00"));
        assertThat(update.getOld()).isEqualTo(map("order_status", "1001", "operate_time", null));
    }

    @Test
    void aChangeLargerThanKafkaTakesIsADeadLetterWithTheWholeChangeAndTheJobGoesOn()
            throws Exception {
        DeadLetter tooLarge =
                out.deadLetters().stream()
                        .filter(l -> l.reason().startsWith("change event of"))
                        .findFirst()
                        .orElseThrow();
        assertThat(tooLarge.job()).isEqualTo("OdsDbApp");
        assertThat(tooLarge.source()).isEqualTo(COMMENT.topic());
        assertThat(tooLarge.reason())
                .matches(
                        "change event of gmall\\.comment_info of \\d{4} bytes, over "
                                + "kafka\\.max-message-bytes 1000");
        DbChange original =
                Topics.TOPIC_DB
                        .serde()
                        .decode(tooLarge.original().getBytes(StandardCharsets.UTF_8));
        assertThat(original.getType()).isEqualTo(ChangeType.insert);
        assertThat(original.getData()).isEqualTo(map("id", "7", "comment_txt", "x".repeat(1200)));
        assertThat(out.records(Topics.TOPIC_DB.name()))
                .extracting(r -> new String(r.key, StandardCharsets.UTF_8))
                .doesNotContain("gmall.comment_info:7");
    }

    @Test
    void anEventWithoutAMaxwellTypeIsADeadLetterWithTheEventAsDebeziumSentIt() {
        long at = Instant.parse(TRUNCATED_AT).toEpochMilli();
        assertThat(out.deadLetters()).hasSize(2);
        assertThat(out.deadLetters())
                .filteredOn(l -> l.reason().startsWith("cannot convert"))
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.source()).isEqualTo(TRADEMARK.topic());
                            assertThat(l.reason()).endsWith("unknown Debezium op 't'");
                            assertThat(l.original())
                                    .isEqualTo(
                                            CdcEvents.envelope(TRADEMARK, "t", at, at, null, null)
                                                    .toString());
                        });
    }

    private static List<DbChange> decoded() throws Exception {
        List<DbChange> changes = new java.util.ArrayList<>();
        for (KafkaRecord r : out.records(Topics.TOPIC_DB.name())) {
            changes.add(Topics.TOPIC_DB.serde().decode(r.value));
        }
        return changes;
    }

    private static JsonNode json(KafkaRecord record) {
        try {
            return JSON.readTree(record.value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
