package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;

/** Daily unique users adding to cart (DwsTradeCartAddUuWindow, docs/jobs.md). */
@DwsTable(name = "dws_trade_cart_add_uu_window")
public class TradeCartAddUuWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** Users whose first cart addition of the day fell in the window. */
    @Measure public long cartAddUuCt;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
