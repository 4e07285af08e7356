package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.Signed;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficVcChArIsNewPageViewWindow;

/**
 * Traffic rows of DwsTrafficVcChArIsNewPageViewWindow (docs/jobs.md) from one page: a page view, a
 * unique visitor or a bounce. A missing dimension becomes the empty string and a missing {@code
 * during_time} zero (defect S3: nulls crashed the reference).
 */
final class TrafficRows {
    private TrafficRows() {}

    static TrafficVcChArIsNewPageViewWindow pageView(PageLog log) {
        TrafficVcChArIsNewPageViewWindow row = dims(log);
        Page page = log.getPage();
        row.svCt = opensSession(log) ? 1 : 0;
        row.pvCt = 1;
        row.durSum =
                page == null || page.getDuringTime() == null
                        ? 0
                        : Math.max(0, page.getDuringTime());
        return row;
    }

    /** A device's first page of the day added (+1) or taken back (-1, {@code FirstOfDay}). */
    static TrafficVcChArIsNewPageViewWindow uniqueVisitor(Signed<PageLog> first) {
        TrafficVcChArIsNewPageViewWindow row = dims(first.value);
        row.uvCt = first.sign;
        return row;
    }

    /** Whether a page opens a session: it has no previous page. */
    static boolean opensSession(PageLog log) {
        Page page = log.getPage();
        String last = page == null ? null : page.getLastPageId();
        return last == null || last.isEmpty();
    }

    /** A new row with {@code row}'s dimensions, measures and time. */
    static TrafficVcChArIsNewPageViewWindow copy(TrafficVcChArIsNewPageViewWindow row) {
        TrafficVcChArIsNewPageViewWindow out = new TrafficVcChArIsNewPageViewWindow();
        out.vc = row.vc;
        out.ch = row.ch;
        out.ar = row.ar;
        out.isNew = row.isNew;
        out.ts = row.ts;
        return sum(out, row);
    }

    static TrafficVcChArIsNewPageViewWindow bounce(PageLog log) {
        TrafficVcChArIsNewPageViewWindow row = dims(log);
        row.ujCt = 1;
        return row;
    }

    static TrafficVcChArIsNewPageViewWindow sum(
            TrafficVcChArIsNewPageViewWindow a, TrafficVcChArIsNewPageViewWindow b) {
        a.uvCt += b.uvCt;
        a.svCt += b.svCt;
        a.pvCt += b.pvCt;
        a.durSum += b.durSum;
        a.ujCt += b.ujCt;
        return a;
    }

    static String key(TrafficVcChArIsNewPageViewWindow row) {
        return row.vc + "\u0000" + row.ch + "\u0000" + row.ar + "\u0000" + row.isNew;
    }

    private static TrafficVcChArIsNewPageViewWindow dims(PageLog log) {
        Common common = log.getCommon();
        TrafficVcChArIsNewPageViewWindow row = new TrafficVcChArIsNewPageViewWindow();
        row.vc = orEmpty(common.getVc());
        row.ch = orEmpty(common.getCh());
        row.ar = orEmpty(common.getAr());
        row.isNew = orEmpty(common.getIsNew());
        row.ts = log.getTs().toEpochMilli(); // the event time until the window stamps its version
        return row;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
