package com.gmall.rtdw.jobs.dwd.traffic;

import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import java.time.Instant;

/** Page logs for the traffic jobs' tests. */
final class Pages {
    private Pages() {}

    static PageLog page(String mid, String at, String pageId, String lastPageId) {
        return new PageLog(
                Common.newBuilder().setMid(mid).setIsNew("0").build(),
                Page.newBuilder().setPageId(pageId).setLastPageId(lastPageId).build(),
                Instant.parse(at));
    }
}
