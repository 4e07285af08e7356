package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.Attribute;
import com.gmall.rtdw.model.annotation.Decimal;
import com.gmall.rtdw.model.annotation.Dimension;
import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;
import java.math.BigDecimal;

/** Orders and order amounts per province (DwsTradeProvinceOrderWindow, docs/jobs.md). */
@DwsTable(name = "dws_trade_province_order_window")
public class TradeProvinceOrderWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** Province of the order. */
    @Dimension public String provinceId;

    /** Province name, looked up in DIM_BASE_PROVINCE. */
    @Attribute public String provinceName;

    /** Distinct orders in the window. */
    @Measure public long orderCount;

    /** Sum of split_total_amount of the window's order details. */
    @Measure
    @Decimal(precision = 16, scale = 2)
    public BigDecimal orderAmount;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
