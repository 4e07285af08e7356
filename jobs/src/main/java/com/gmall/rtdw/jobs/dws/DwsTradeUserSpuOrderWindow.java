package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.dim.lookup.DimJoin;
import com.gmall.rtdw.jobs.dim.lookup.DimRow;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeUserSpuOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.math.BigDecimal;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Orders per user, SPU, trademark and category (docs/jobs.md; S1, S2), from {@code dwd_trade_order_detail} into
 * {@code dws_trade_user_spu_order_window}.
 * <ul>
 * <li>Event time is assigned on the details themselves, before the SKU lookup (S2: the reference assigned it after
 * the asynchronous lookup, so a slow lookup made records late and they were dropped). Async I/O never lets a record
 * pass a later watermark, so no lookup makes a record late.
 * <li>Each detail comes once, in its final version, from the DWD layer (P3; the reference kept the first of two
 * versions).
 * <li>A line whose SKU lookup did not find the SPU, trademark and category is a dead letter ({@link UnresolvedSkus}),
 * not a row under empty keys that a replay finding the SKU would leave beside the right one.
 * <li>After the window, the names and the parent categories are looked up, every one by its own table's key (S1:
 * the reference's category-1 lookup had no table and assigned a literal, so {@code category1_name} was always
 * empty and each record leaked a connection).
 * </ul>
 */
public final class DwsTradeUserSpuOrderWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTradeUserSpuOrderWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTradeUserSpuOrderWindow";
    }

    @Override
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        DwsPipeline p = new DwsPipeline(env, config, name());
        DataStream<SpuOrderLine> lines = p.read(Topics.DWD_TRADE_ORDER_DETAIL, OUT_OF_ORDERNESS,
                        (d, kafkaTime) -> d.getCreateTime().toEpochMilli())
                .map(DwsTradeUserSpuOrderWindow::line).returns(SpuOrderLine.class)
                .name("order lines").uid("order-lines");
        SingleOutputStreamOperator<SpuOrderLine> withSku = p.lookup(lines, "sku", "DIM_SKU_INFO", "ID", new SkuJoin())
                .process(new UnresolvedSkus(name())).name("resolved skus").uid("resolved-skus");
        p.deadLetters(withSku.getSideOutput(UnresolvedSkus.UNRESOLVED));
        DataStream<TradeUserSpuOrderWindow> windows = p.aggregate(withSku.keyBy(SpuOrderLine::key), "spu-orders",
                new OrderTotals<SpuOrderLine, TradeUserSpuOrderWindow>(new Lines(), DwsTradeUserSpuOrderWindow::row),
                OrderTotals.totalsType(), TypeInformation.of(TradeUserSpuOrderWindow.class),
                (row, stt, edt, version) -> {
                    row.stt = stt;
                    row.edt = edt;
                    row.ts = version;
                });
        DataStream<TradeUserSpuOrderWindow> named = windows;
        for (NameLookup lookup : NAME_LOOKUPS) {
            named = p.lookup(named, lookup.name(), lookup.table(), "ID", lookup.join());
        }
        p.write(named, Tables.DWS_TRADE_USER_SPU_ORDER_WINDOW);
        p.finish();
    }

    /** A lookup after the window: its name (operator uid), dim table, and what it takes from the row. */
    record NameLookup(String name, String table, DimJoin<TradeUserSpuOrderWindow> join) implements Serializable {}

    /**
     * The lookups after the window, in order: each category lookup brings the parent id the next one needs, and
     * every lookup names its table (S1).
     */
    static final List<NameLookup> NAME_LOOKUPS = List.of(
            new NameLookup("spu", "DIM_SPU_INFO", Names.of(r -> r.spuId, (r, dim) -> r.spuName = dim.get("SPU_NAME"))),
            new NameLookup("trademark", "DIM_BASE_TRADEMARK",
                    Names.of(r -> r.trademarkId, (r, dim) -> r.trademarkName = dim.get("TM_NAME"))),
            new NameLookup("category3", "DIM_BASE_CATEGORY3", Names.of(r -> r.category3Id, (r, dim) -> {
                r.category3Name = dim.get("NAME");
                r.category2Id = dim.get("CATEGORY2_ID");
            })),
            new NameLookup("category2", "DIM_BASE_CATEGORY2", Names.of(r -> r.category2Id, (r, dim) -> {
                r.category2Name = dim.get("NAME");
                r.category1Id = dim.get("CATEGORY1_ID");
            })),
            new NameLookup("category1", "DIM_BASE_CATEGORY1",
                    Names.of(r -> r.category1Id, (r, dim) -> r.category1Name = dim.get("NAME"))));

    static SpuOrderLine line(TradeOrderDetail d) {
        SpuOrderLine line = new SpuOrderLine();
        line.userId = Long.toString(d.getUserId());
        line.skuId = Long.toString(d.getSkuId());
        line.orderId = d.getOrderId();
        line.amount = d.getSplitTotalAmount();
        return line;
    }

    static TradeUserSpuOrderWindow row(SpuOrderLine sample, long orders, BigDecimal amount) {
        TradeUserSpuOrderWindow row = new TradeUserSpuOrderWindow();
        row.userId = TrafficRows.orEmpty(sample.userId);
        row.skuId = sample.skuId;
        row.spuId = TrafficRows.orEmpty(sample.spuId);
        row.trademarkId = TrafficRows.orEmpty(sample.trademarkId);
        row.category3Id = TrafficRows.orEmpty(sample.category3Id);
        row.orderCount = orders;
        row.orderAmount = amount;
        return row;
    }

    /** SKU → SPU, trademark, leaf category (columns of {@code DIM_SKU_INFO}). */
    static final class SkuJoin implements DimJoin<SpuOrderLine> {
        private static final long serialVersionUID = 1L;

        @Override
        public String key(SpuOrderLine line) {
            return line.skuId;
        }

        @Override
        public SpuOrderLine join(SpuOrderLine line, DimRow sku) {
            line.spuId = sku.get("SPU_ID");
            line.trademarkId = sku.get("TM_ID");
            line.category3Id = sku.get("CATEGORY3_ID");
            return line;
        }
    }
    /** The order and amount of a line (a static class: Flink's closure cleaner cannot read Java 17 inner classes). */
    static final class Lines implements OrderTotals.Line<SpuOrderLine> {
        private static final long serialVersionUID = 1L;

        @Override
        public long orderId(SpuOrderLine line) {
            return line.orderId;
        }

        @Override
        public BigDecimal amount(SpuOrderLine line) {
            return line.amount;
        }
    }
}
