package com.gmall.rtdw.model.dws;

import com.gmall.rtdw.model.annotation.Dimension;
import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;

/**
 * Traffic per app version, channel, area and new-visitor flag (DwsTrafficVcChArIsNewPageViewWindow,
 * docs/jobs.md).
 */
@DwsTable(name = "dws_traffic_vc_ch_ar_is_new_page_view_window")
public class TrafficVcChArIsNewPageViewWindow {
    /** Window start, epoch milliseconds. */
    @WindowStart public long stt;

    /** Window end (exclusive), epoch milliseconds. */
    @WindowEnd public long edt;

    /** App version. */
    @Dimension public String vc;

    /** Channel. */
    @Dimension public String ch;

    /** Area code. */
    @Dimension public String ar;

    /** '1' for a new visitor, '0' otherwise. */
    @Dimension public String isNew;

    /** Unique visitors (first page of the day per device). */
    @Measure public long uvCt;

    /** Sessions (pages without a previous page). */
    @Measure public long svCt;

    /** Page views. */
    @Measure public long pvCt;

    /** Sum of page during times, milliseconds. */
    @Measure public long durSum;

    /** User jumps (bounces). */
    @Measure public long ujCt;

    /** When the row was emitted, epoch milliseconds; a replayed window wins. */
    @Version public long ts;
}
