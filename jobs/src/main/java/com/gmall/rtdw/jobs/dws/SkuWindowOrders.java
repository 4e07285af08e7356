package com.gmall.rtdw.jobs.dws;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One user's orders of one SKU in one window of {@code dws_trade_user_spu_order_window}: windowed
 * by what the order details carry (user and SKU), then given the SKU's SPU, trademark and leaf
 * category by a lookup, and merged with the other SKUs of the same SPU ({@link SpuRows}). A lookup
 * that misses can only hold back this unit, never split an SPU row. A Flink POJO.
 */
public class SkuWindowOrders {
    public String userId;
    public String skuId;
    public long stt;
    public long edt;

    /** The window's emission version (a window fired again has a higher one). */
    public long version;

    /**
     * The distinct orders, ascending: an order with several SKUs of one SPU counts once in the SPU
     * row.
     */
    public long[] orderIds;

    public BigDecimal amount;
    public String spuId;
    public String trademarkId;
    public String category3Id;

    /** The SPU row this unit belongs to: window, user, SPU, trademark, leaf category. */
    String spuRowKey() {
        return stt
                + "\u0000"
                + TrafficRows.orEmpty(userId)
                + "\u0000"
                + TrafficRows.orEmpty(spuId)
                + "\u0000"
                + TrafficRows.orEmpty(trademarkId)
                + "\u0000"
                + TrafficRows.orEmpty(category3Id);
    }

    @Override
    public String toString() {
        return "SkuWindowOrders[user "
                + userId
                + ", sku "
                + skuId
                + ", window "
                + stt
                + ".."
                + edt
                + ", orders "
                + Arrays.toString(orderIds)
                + ", amount "
                + amount
                + ", spu "
                + spuId
                + "]";
    }
}
