package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.TrafficVcChArIsNewPageViewWindow;

/**
 * Traffic rows of DwsTrafficVcChArIsNewPageViewWindow (docs/jobs.md) from one page: a page view, a unique visitor or a
 * bounce. A missing dimension becomes the empty string and a missing {@code during_time} zero (defect S3: nulls crashed
 * the reference).
 */
final class TrafficRows {
    private TrafficRows() {}

    static TrafficVcChArIsNewPageViewWindow pageView(PageLog log) {
        TrafficVcChArIsNewPageViewWindow row = dims(log);
        Page page = log.getPage();
        String last = page == null ? null : page.getLastPageId();
        row.svCt = last == null || last.isEmpty() ? 1 : 0;
        row.pvCt = 1;
        row.durSum = page == null || page.getDuringTime() == null ? 0 : Math.max(0, page.getDuringTime());
        return row;
    }

    static TrafficVcChArIsNewPageViewWindow uniqueVisitor(PageLog log) {
        TrafficVcChArIsNewPageViewWindow row = dims(log);
        row.uvCt = 1;
        return row;
    }

    static TrafficVcChArIsNewPageViewWindow bounce(PageLog log) {
        TrafficVcChArIsNewPageViewWindow row = dims(log);
        row.ujCt = 1;
        return row;
    }

    static TrafficVcChArIsNewPageViewWindow sum(TrafficVcChArIsNewPageViewWindow a, TrafficVcChArIsNewPageViewWindow b) {
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
