package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;

/** Daily unique payers and first-time payers (DwsTradePaymentSucWindow, docs/jobs.md; S3). */
@DwsTable(name = "dws_trade_payment_suc_window")
public class TradePaymentSucWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** Users whose first successful payment of the day fell in the window. */
    @Measure public long paymentSucUniqueUserCount;

    /** Users whose first successful payment ever fell in the window. */
    @Measure public long paymentSucNewUserCount;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
