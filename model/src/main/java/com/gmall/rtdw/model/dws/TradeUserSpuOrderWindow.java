package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.Attribute;
import com.gmall.rtdw.model.annotation.Decimal;
import com.gmall.rtdw.model.annotation.Dimension;
import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Excluded;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;
import java.math.BigDecimal;

/**
 * Orders per user, SPU, trademark and category (DwsTradeUserSpuOrderWindow, docs/jobs.md; S1, S2).
 * The SKU is resolved to its SPU, trademark and category 3 before windowing; the names and the
 * parent categories are looked up after.
 */
@DwsTable(
        name = "dws_trade_user_spu_order_window",
        orderBy = {"stt", "edt", "user_id", "spu_id", "trademark_id", "category3_id"})
public class TradeUserSpuOrderWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** Trademark of the SPU's SKU. */
    @Dimension public String trademarkId;

    /** Trademark name. */
    @Attribute public String trademarkName;

    /** Top category, parent of category2Id. */
    @Attribute public String category1Id;

    /** Top category name. */
    @Attribute public String category1Name;

    /** Middle category, parent of category3Id. */
    @Attribute public String category2Id;

    /** Middle category name. */
    @Attribute public String category2Name;

    /** Leaf category of the SKU. */
    @Dimension public String category3Id;

    /** Leaf category name. */
    @Attribute public String category3Name;

    /** Ordering user. */
    @Dimension public String userId;

    /** Product (SPU). */
    @Dimension public String spuId;

    /** Product name. */
    @Attribute public String spuName;

    /** SKU of the detail, needed for the first lookup only. */
    @Excluded public String skuId;

    /** Distinct orders in the window. */
    @Measure public long orderCount;

    /** Sum of split_total_amount of the window's order details. */
    @Measure
    @Decimal(precision = 16, scale = 2)
    public BigDecimal orderAmount;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
