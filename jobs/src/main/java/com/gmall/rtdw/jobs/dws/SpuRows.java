package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.model.dws.TradeUserSpuOrderWindow;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Merges the SKU windows of one user, SPU, trademark and leaf category into their SPU row, keyed by
 * {@link SkuWindowOrders#spuRowKey()}: distinct orders over all the SKUs, amounts summed. A SKU
 * window fired again (a late detail) replaces its earlier version and the row is emitted again,
 * with the newest version; an earlier firing that arrives after a later one (the SKU lookup before
 * is unordered) changes nothing. State: the row's SKU windows, cleared by an event-time timer once
 * their window can fire no more (its last millisecond plus the allowed lateness, Flink's rule; the
 * async lookups before keep every firing ahead of that watermark).
 */
final class SpuRows extends KeyedProcessFunction<String, SkuWindowOrders, TradeUserSpuOrderWindow> {
    private static final long serialVersionUID = 1L;

    private final long allowedLatenessMs;
    private transient MapState<String, SkuWindowOrders> skuWindows;

    /**
     * The version of the row last emitted: two SKU windows fired in one millisecond still give two
     * versions.
     */
    private transient ValueState<Long> lastVersion;

    SpuRows(long allowedLatenessMs) {
        this.allowedLatenessMs = allowedLatenessMs;
    }

    @Override
    public void open(Configuration parameters) {
        skuWindows =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "sku-windows",
                                        Types.STRING,
                                        TypeInformation.of(SkuWindowOrders.class)));
        lastVersion =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("last-version", Types.LONG));
    }

    @Override
    public void processElement(
            SkuWindowOrders sku, Context ctx, Collector<TradeUserSpuOrderWindow> out)
            throws Exception {
        if (skuWindows.isEmpty()) {
            ctx.timerService().registerEventTimeTimer(sku.edt - 1 + allowedLatenessMs);
        }
        String skuId = TrafficRows.orEmpty(sku.skuId);
        SkuWindowOrders known = skuWindows.get(skuId);
        if (known != null && known.version >= sku.version) {
            return; // an earlier firing of the window, overtaken by a later one in the unordered
            // lookup before
        }
        skuWindows.put(skuId, sku);
        Set<Long> orders = new HashSet<>();
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        long version = Long.MIN_VALUE;
        for (SkuWindowOrders each : skuWindows.values()) {
            for (long order : each.orderIds) {
                orders.add(order);
            }
            amount = each.amount == null ? amount : amount.add(each.amount);
            version = Math.max(version, each.version);
        }
        Long last = lastVersion.value();
        version = last == null ? version : Math.max(version, last + 1);
        lastVersion.update(version);
        out.collect(row(sku, orders.size(), amount, version));
    }

    @Override
    public void onTimer(
            long timestamp, OnTimerContext ctx, Collector<TradeUserSpuOrderWindow> out) {
        skuWindows.clear();
        lastVersion.clear();
    }

    private static TradeUserSpuOrderWindow row(
            SkuWindowOrders sample, long orders, BigDecimal amount, long version) {
        TradeUserSpuOrderWindow row = new TradeUserSpuOrderWindow();
        row.stt = sample.stt;
        row.edt = sample.edt;
        row.ts = version;
        row.userId = TrafficRows.orEmpty(sample.userId);
        row.skuId = sample.skuId;
        row.spuId = TrafficRows.orEmpty(sample.spuId);
        row.trademarkId = TrafficRows.orEmpty(sample.trademarkId);
        row.category3Id = TrafficRows.orEmpty(sample.category3Id);
        row.orderCount = orders;
        row.orderAmount = amount;
        return row;
    }
}
