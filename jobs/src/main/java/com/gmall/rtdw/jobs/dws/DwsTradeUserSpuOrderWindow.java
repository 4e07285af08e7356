package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.dim.lookup.DimJoin;
import com.gmall.rtdw.jobs.dim.lookup.DimRow;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeUserSpuOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Orders per user, SPU, trademark and category (docs/jobs.md; S1, S2), from {@code
 * dwd_trade_order_detail} into {@code dws_trade_user_spu_order_window}.
 *
 * <ul>
 *   <li>Windows are keyed by what the details carry, user and SKU: a SKU lookup that misses or
 *       times out cannot split a row (it once filed lines under empty keys, and a replay that found
 *       the SKU wrote the right row beside them, both kept by {@code FINAL}). After the window,
 *       each user's SKU window is given its SPU, trademark and leaf category, and the SKU windows
 *       of one SPU are merged into its row ({@link SpuRows}: distinct orders, amounts summed). A
 *       SKU window the lookup cannot place is a dead letter ({@link UnresolvedSkus}); when its
 *       window fires again (a late detail) it is looked up again, whole.
 *   <li>Event time is assigned on the details themselves (S2: the reference assigned it after the
 *       asynchronous lookup, so a slow lookup made records late and they were dropped). Async I/O
 *       never lets a record pass a later watermark, so no lookup makes a record late, and the merge
 *       sees every firing of a window before the watermark that clears it.
 *   <li>Each detail comes once, in its final version, from the DWD layer (P3; the reference kept
 *       the first of two versions).
 *   <li>After the merge, the names and the parent categories are looked up, every one by its own
 *       table's key (S1: the reference's category-1 lookup had no table and assigned a literal, so
 *       {@code category1_name} was always empty and each record leaked a connection).
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

    /** The operators of the version that looked the SKU up before windows keyed by SPU. */
    @Override
    public List<String> retiredUids() {
        return List.of(
                "lookup-sku",
                "lookup-sku-timeouts",
                "lookup-sku-timed-out",
                "resolved-skus",
                "spu-orders-window",
                "spu-orders-late-records");
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<SpuOrderLine> lines =
                p.read(
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                OUT_OF_ORDERNESS,
                                (d, kafkaTime) -> d.getCreateTime().toEpochMilli())
                        .map(DwsTradeUserSpuOrderWindow::line)
                        .returns(SpuOrderLine.class)
                        .name("order lines")
                        .uid("order-lines");
        DataStream<SkuWindowOrders> skuWindows =
                p.aggregate(
                        lines.keyBy(SpuOrderLine::userAndSku),
                        "sku-orders",
                        new OrderTotals<SpuOrderLine, SkuWindowOrders>(
                                new Lines(), DwsTradeUserSpuOrderWindow::skuWindow),
                        OrderTotals.totalsType(),
                        TypeInformation.of(SkuWindowOrders.class),
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.version = version;
                        });
        SingleOutputStreamOperator<SkuWindowOrders> placed =
                p.lookup(skuWindows, "window-sku", "DIM_SKU_INFO", "ID", new SkuJoin())
                        .process(new UnresolvedSkus(name()))
                        .name("placed sku windows")
                        .uid("placed-sku-windows");
        p.deadLetters(placed.getSideOutput(UnresolvedSkus.UNRESOLVED));
        DataStream<TradeUserSpuOrderWindow> rows =
                placed.keyBy(SkuWindowOrders::spuRowKey)
                        .process(
                                new SpuRows(p.settings().allowedLatenessMs()),
                                TypeInformation.of(TradeUserSpuOrderWindow.class))
                        .name("spu rows")
                        .uid("spu-rows");
        DataStream<TradeUserSpuOrderWindow> named = rows;
        for (NameLookup lookup : NAME_LOOKUPS) {
            named = p.lookup(named, lookup.name(), lookup.table(), "ID", lookup.join());
        }
        p.write(named, Tables.DWS_TRADE_USER_SPU_ORDER_WINDOW);
    }

    /**
     * A lookup after the window: its name (operator uid), dim table, and what it takes from the
     * row.
     */
    record NameLookup(String name, String table, DimJoin<TradeUserSpuOrderWindow> join)
            implements Serializable {}

    /**
     * The lookups after the window, in order: each category lookup brings the parent id the next
     * one needs, and every lookup names its table (S1).
     */
    static final List<NameLookup> NAME_LOOKUPS =
            List.of(
                    new NameLookup(
                            "spu",
                            "DIM_SPU_INFO",
                            Names.of(r -> r.spuId, (r, dim) -> r.spuName = dim.get("SPU_NAME"))),
                    new NameLookup(
                            "trademark",
                            "DIM_BASE_TRADEMARK",
                            Names.of(
                                    r -> r.trademarkId,
                                    (r, dim) -> r.trademarkName = dim.get("TM_NAME"))),
                    new NameLookup(
                            "category3",
                            "DIM_BASE_CATEGORY3",
                            Names.of(
                                    r -> r.category3Id,
                                    (r, dim) -> {
                                        r.category3Name = dim.get("NAME");
                                        r.category2Id = dim.get("CATEGORY2_ID");
                                    })),
                    new NameLookup(
                            "category2",
                            "DIM_BASE_CATEGORY2",
                            Names.of(
                                    r -> r.category2Id,
                                    (r, dim) -> {
                                        r.category2Name = dim.get("NAME");
                                        r.category1Id = dim.get("CATEGORY1_ID");
                                    })),
                    new NameLookup(
                            "category1",
                            "DIM_BASE_CATEGORY1",
                            Names.of(
                                    r -> r.category1Id,
                                    (r, dim) -> r.category1Name = dim.get("NAME"))));

    static SpuOrderLine line(TradeOrderDetail d) {
        SpuOrderLine line = new SpuOrderLine();
        line.userId = Long.toString(d.getUserId());
        line.skuId = Long.toString(d.getSkuId());
        line.orderId = d.getOrderId();
        line.amount = d.getSplitTotalAmount();
        return line;
    }

    static SkuWindowOrders skuWindow(SpuOrderLine sample, Set<Long> orderIds, BigDecimal amount) {
        SkuWindowOrders window = new SkuWindowOrders();
        window.userId = sample.userId;
        window.skuId = sample.skuId;
        window.orderIds = orderIds.stream().mapToLong(Long::longValue).sorted().toArray();
        window.amount = amount;
        return window;
    }

    /** SKU → SPU, trademark, leaf category (columns of {@code DIM_SKU_INFO}). */
    static final class SkuJoin implements DimJoin<SkuWindowOrders> {
        private static final long serialVersionUID = 1L;

        @Override
        public String key(SkuWindowOrders window) {
            return window.skuId;
        }

        @Override
        public SkuWindowOrders join(SkuWindowOrders window, DimRow sku) {
            window.spuId = sku.get("SPU_ID");
            window.trademarkId = sku.get("TM_ID");
            window.category3Id = sku.get("CATEGORY3_ID");
            return window;
        }
    }

    /**
     * The order and amount of a line (a static class: Flink's closure cleaner cannot read Java 17
     * inner classes).
     */
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
