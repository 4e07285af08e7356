package com.gmall.rtdw.jobs.dws;

import java.math.BigDecimal;

/**
 * An order detail on its way to {@code dws_trade_user_spu_order_window}: windowed by user and SKU,
 * what the detail carries ({@link SkuWindowOrders}). A Flink POJO.
 */
public class SpuOrderLine {
    public String userId;
    public String skuId;
    public long orderId;
    public BigDecimal amount;

    /** The window key. */
    String userAndSku() {
        return TrafficRows.orEmpty(userId) + "\u0000" + TrafficRows.orEmpty(skuId);
    }

    @Override
    public String toString() {
        return "SpuOrderLine[order " + orderId + ", user " + userId + ", sku " + skuId + "]";
    }
}
