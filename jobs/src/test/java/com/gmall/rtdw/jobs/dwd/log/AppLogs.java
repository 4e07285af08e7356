package com.gmall.rtdw.jobs.dwd.log;

import com.gmall.rtdw.model.common.Action;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Display;
import com.gmall.rtdw.model.common.ErrorInfo;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.common.StartInfo;
import com.gmall.rtdw.model.ods.AppLog;
import java.time.Instant;
import java.util.List;

/** App logs for the log jobs' tests, shaped as the simulator writes them. */
final class AppLogs {
    private AppLogs() {}

    static Common common(String mid, String isNew) {
        return Common.newBuilder()
                .setMid(mid)
                .setIsNew(isNew)
                .setAr("110000")
                .setCh("xiaomi")
                .setVc("v2.1.134")
                .setUid(null)
                .build();
    }

    static AppLog page(String mid, String isNew, String at, String pageId, String lastPageId) {
        return AppLog.newBuilder()
                .setCommon(common(mid, isNew))
                .setPage(
                        Page.newBuilder()
                                .setPageId(pageId)
                                .setLastPageId(lastPageId)
                                .setDuringTime(3000L)
                                .build())
                .setTs(Instant.parse(at))
                .build();
    }

    static AppLog withDisplaysAndActions(AppLog log, int displays, int actions) {
        List<Display> d =
                java.util.stream.IntStream.range(0, displays)
                        .mapToObj(
                                i ->
                                        Display.newBuilder()
                                                .setDisplayType("query")
                                                .setItem("sku-" + i)
                                                .setItemType("sku_id")
                                                .setOrder(i + 1)
                                                .setPosId(1)
                                                .build())
                        .toList();
        List<Action> a =
                java.util.stream.IntStream.range(0, actions)
                        .mapToObj(
                                i ->
                                        Action.newBuilder()
                                                .setActionId("cart_add")
                                                .setItem("sku-" + i)
                                                .setItemType("sku_id")
                                                .setTs(log.getTs().plusMillis(100 * (i + 1)))
                                                .build())
                        .toList();
        log.setDisplays(displays == 0 ? null : d);
        log.setActions(actions == 0 ? null : a);
        return log;
    }

    static AppLog start(String mid, String isNew, String at) {
        return AppLog.newBuilder()
                .setCommon(common(mid, isNew))
                .setStart(StartInfo.newBuilder().setEntry("icon").setLoadingTime(1200L).build())
                .setTs(Instant.parse(at))
                .build();
    }

    static AppLog withError(AppLog log) {
        log.setErr(
                ErrorInfo.newBuilder()
                        .setErrorCode(1245)
                        .setMsg("Exception in thread main")
                        .build());
        return log;
    }
}
