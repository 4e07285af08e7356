package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;

/**
 * Daily unique visitors of the home page and of product detail pages, counted in the window of
 * their first visit (DwsTrafficPageViewWindow, docs/jobs.md).
 */
@DwsTable(name = "dws_traffic_page_view_window")
public class TrafficPageViewWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** Devices whose first home page of the day fell in the window. */
    @Measure public long homeUvCt;

    /** Devices whose first detail page of the day fell in the window. */
    @Measure public long goodDetailUvCt;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
