package com.gmall.rtdw.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.Serde;
import com.gmall.rtdw.serde.ods.AppLogJsonDecoder;
import com.gmall.rtdw.testing.AvroSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One DWD hop (decode a record, encode it again) with the generated Avro serde, against the
 * reference design's way of doing every hop: parse the JSON text into a tree and write it back out.
 * Also the ODS app-log decode, generated streaming decoder against a JSON tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SerdeBenchmark {
    static final String PAGE_LOG =
            "{\"common\":{\"ar\":\"230000\",\"ba\":\"iPhone\",\"ch\":\"Appstore\",\"is_new\":\"0\","
                    + "\"md\":\"iPhone X\",\"mid\":\"mid_1\",\"os\":\"iOS 13.3.1\",\"uid\":\"27\",\"vc\":\"v2.1.111\"},"
                    + "\"page\":{\"during_time\":9016,\"item\":\"小米手机\",\"item_type\":\"keyword\",\"last_page_id\":\"home\","
                    + "\"page_id\":\"good_list\"},\"displays\":[{\"display_type\":\"query\",\"item\":\"9\",\"item_type\":\"sku_id\","
                    + "\"order\":1,\"pos_id\":4},{\"display_type\":\"promotion\",\"item\":\"3\",\"item_type\":\"sku_id\",\"order\":2,"
                    + "\"pos_id\":5}],\"actions\":[{\"action_id\":\"get_coupon\",\"item\":\"3\",\"item_type\":\"coupon_id\","
                    + "\"ts\":1651303991036}],\"ts\":1651303988000}";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Serde<TradeOrderDetail> serde = Topics.DWD_TRADE_ORDER_DETAIL.serde();
    private byte[] avro;
    private byte[] json;
    private byte[] pageLog;

    @Setup
    public void prepare() throws IOException {
        Schema schema = TradeOrderDetail.getClassSchema();
        GenericData.Record record = new AvroSamples(42).record(schema);
        avro =
                new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema)
                        .encode(record)
                        .array();
        json = referenceJson(serde.decode(avro));
        pageLog = PAGE_LOG.getBytes(StandardCharsets.UTF_8);
    }

    /** The same detail as the reference's DWD JSON: a flat object whose values are all strings. */
    private byte[] referenceJson(TradeOrderDetail detail) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        for (Schema.Field f : detail.getSchema().getFields()) {
            Object v = detail.get(f.pos());
            node.put(f.name(), v == null ? null : v.toString());
        }
        return mapper.writeValueAsBytes(node);
    }

    @Benchmark
    public byte[] dwdHopGeneratedAvro() throws DecodeException {
        return serde.encode(serde.decode(avro));
    }

    @Benchmark
    public byte[] dwdHopJsonTreeBaseline() throws IOException {
        JsonNode tree = mapper.readTree(json);
        return mapper.writeValueAsBytes(tree);
    }

    @Benchmark
    public AppLog odsDecodeGenerated() throws DecodeException {
        return AppLogJsonDecoder.decode(pageLog);
    }

    @Benchmark
    public JsonNode odsDecodeJsonTreeBaseline() throws IOException {
        return mapper.readTree(pageLog);
    }
}
