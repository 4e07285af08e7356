package com.gmall.rtdw.jobs.ods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Schema;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.SchemaBuilder;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.data.Struct;
import com.ververica.cdc.connectors.shaded.org.apache.kafka.connect.source.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

class MaxwellEnvelopeDeserializerTest {
    private static final Schema ROW =
            SchemaBuilder.struct()
                    .field("id", Schema.INT64_SCHEMA)
                    .field("comment_txt", Schema.OPTIONAL_STRING_SCHEMA)
                    .build();
    private static final Schema SOURCE =
            SchemaBuilder.struct()
                    .field("db", Schema.STRING_SCHEMA)
                    .field("table", Schema.STRING_SCHEMA)
                    .field("ts_ms", Schema.INT64_SCHEMA)
                    .build();
    private static final Schema ENVELOPE =
            SchemaBuilder.struct()
                    .field("op", Schema.STRING_SCHEMA)
                    .field("source", SOURCE)
                    .field(
                            "before",
                            SchemaBuilder.struct()
                                    .optional()
                                    .field("id", Schema.INT64_SCHEMA)
                                    .field("comment_txt", Schema.OPTIONAL_STRING_SCHEMA)
                                    .build())
                    .field("after", ROW)
                    .field("ts_ms", Schema.INT64_SCHEMA)
                    .build();

    private final MaxwellEnvelopeDeserializer deserializer =
            new MaxwellEnvelopeDeserializer("topic_db", "OdsDbApp", 1_000_000);

    @Test
    void aRowKafkaTakesGoesToTopicDb() throws Exception {
        List<KafkaRecord> out = deserialize(insert("fine"));
        assertThat(out)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.topic).isEqualTo("topic_db");
                            assertThat(new String(r.key)).isEqualTo("gmall.comment_info:7");
                        });
    }

    @Test
    void aChangeLargerThanKafkaTakesIsADeadLetterNotAFailure() throws Exception {
        List<KafkaRecord> out = deserialize(insert("x".repeat(2 * 1024 * 1024)));
        assertThat(out)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.topic).isEqualTo("dlq_ods_db_app");
                            JsonNode letter = new ObjectMapper().readTree(r.value);
                            assertThat(letter.get("reason").asText())
                                    .startsWith("change event of gmall.comment_info of ")
                                    .endsWith("bytes, over kafka.max-message-bytes 1000000");
                            assertThat(letter.get("original_length").asLong())
                                    .isGreaterThan(2L * 1024 * 1024);
                        });
    }

    private List<KafkaRecord> deserialize(SourceRecord record) throws Exception {
        List<KafkaRecord> out = new ArrayList<>();
        deserializer.deserialize(
                record,
                new Collector<>() {
                    @Override
                    public void collect(KafkaRecord r) {
                        out.add(r);
                    }

                    @Override
                    public void close() {}
                });
        return out;
    }

    private static SourceRecord insert(String text) {
        Struct after = new Struct(ROW).put("id", 7L).put("comment_txt", text);
        Struct source =
                new Struct(SOURCE)
                        .put("db", "gmall")
                        .put("table", "comment_info")
                        .put("ts_ms", 1_000L);
        Struct value =
                new Struct(ENVELOPE)
                        .put("op", "c")
                        .put("source", source)
                        .put("after", after)
                        .put("ts_ms", 1_000L);
        Schema keySchema = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).build();
        return new SourceRecord(
                Map.of(),
                Map.of(),
                "mysql_binlog_source.gmall.comment_info",
                null,
                keySchema,
                new Struct(keySchema).put("id", 7L),
                ENVELOPE,
                value);
    }
}
