package com.gmall.rtdw.jobs.dws;

import java.math.BigDecimal;

/**
 * An order detail on its way to {@code dws_trade_user_spu_order_window}: its SKU is resolved to SPU, trademark and
 * leaf category by a lookup before the window, as those are the window's key. A Flink POJO.
 */
public class SpuOrderLine {
    public String userId;
    public String skuId;
    public long orderId;
    public BigDecimal amount;
    public String spuId;
    public String trademarkId;
    public String category3Id;

    /** The window key (only lines whose SKU was resolved reach the window, {@link UnresolvedSkus}). */
    String key() {
        return TrafficRows.orEmpty(userId) + "\u0000" + TrafficRows.orEmpty(spuId) + "\u0000"
                + TrafficRows.orEmpty(trademarkId) + "\u0000" + TrafficRows.orEmpty(category3Id);
    }

    @Override
    public String toString() {
        return "SpuOrderLine[order " + orderId + ", user " + userId + ", sku " + skuId + ", spu " + spuId + "]";
    }
}
