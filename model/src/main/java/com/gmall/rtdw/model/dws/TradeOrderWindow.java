package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.Decimal;
import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;
import java.math.BigDecimal;

/**
 * Daily unique and first-time orderers and order amounts (DwsTradeOrderWindow, docs/jobs.md; O1).
 */
@DwsTable(name = "dws_trade_order_window")
public class TradeOrderWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** Users whose first order of the day fell in the window. */
    @Measure public long orderUniqueUserCount;

    /** Users whose first order ever fell in the window. */
    @Measure public long orderNewUserCount;

    /** Activity discounts of the window's order details. */
    @Measure
    @Decimal(precision = 16, scale = 2)
    public BigDecimal orderActivityReduceAmount;

    /** Coupon discounts of the window's order details. */
    @Measure
    @Decimal(precision = 16, scale = 2)
    public BigDecimal orderCouponReduceAmount;

    /** Sum of sku_num x order_price of the window's order details. */
    @Measure
    @Decimal(precision = 16, scale = 2)
    public BigDecimal orderOriginalTotalAmount;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
