package com.gmall.rtdw.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.dwd.TradeCartAdd;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.testing.AvroSamples;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

/**
 * A record written by a producer still on the previous schema version (model/src/main/avro-history) is read by
 * the current serde: the fields both versions have keep their values, the new one takes its default.
 */
class SchemaEvolutionTest {
    private static final Path REPO = Path.of(System.getProperty("gmall.root", "..")).toAbsolutePath().normalize();

    @Test
    void currentReaderReadsVersionOneOfTradeCartAdd() throws IOException {
        Schema v1 = new Schema.Parser().parse(REPO.resolve("model/src/main/avro-history/dwd/TradeCartAdd.v1.avsc").toFile());
        assertThat(v1.getField("source_type_name")).isNull();
        assertThat(TradeCartAdd.getClassSchema().getField("source_type_name")).isNotNull();

        GenericData.Record old = new AvroSamples(11).record(v1);
        old.put("sku_num", 3L);
        byte[] written = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old).array();

        TradeCartAdd read = Topics.DWD_TRADE_CART_ADD.serde().decode(written);

        assertThat(read.getId()).isEqualTo(old.get("id"));
        assertThat(read.getUserId()).isEqualTo(old.get("user_id"));
        assertThat(read.getSkuNum()).isEqualTo(3L);
        assertThat(read.getAddTime()).isEqualTo(Instant.ofEpochMilli((Long) old.get("add_time")));
        if (old.get("cart_price") != null) {
            assertThat(read.getCartPrice()).isEqualTo(AvroSamples.decimal(old.get("cart_price"), 2));
        }
        assertThat(read.getSourceTypeName()).isNull();
    }
}
