package com.gmall.rtdw.local.bench;

import com.gmall.rtdw.model.common.Action;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Display;
import com.gmall.rtdw.model.common.ErrorInfo;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.common.StartInfo;
import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.serde.ods.AppLogJsonEncoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * App-log lines of a fixed shape for timing BaseLogApp: 90 % page logs with 5-10 displays and 1-2
 * actions, 10 % start logs, 2 % of all lines with an error, from 20,000 devices, one line every 10
 * ms of event time. The same seed gives the same lines.
 */
final class AppLogLines {
    private static final String[] PAGES = {"home", "good_list", "good_detail", "cart", "search"};
    private static final String[] CHANNELS = {
        "xiaomi", "huawei", "oppo", "vivo", "Appstore", "web"
    };
    private static final String[] ACTIONS = {"favor_add", "cart_add", "get_coupon"};
    private static final String[] DISPLAY_TYPES = {"promotion", "recommend", "query", "activity"};
    private static final int DEVICES = 20_000;

    private final SplittableRandom random;
    private long ts;

    AppLogLines(long seed, Instant start) {
        this.random = new SplittableRandom(seed);
        this.ts = start.toEpochMilli();
    }

    /** The next line, JSON as the app's log agent sends it. */
    byte[] next() {
        ts += 10;
        AppLog log = new AppLog();
        log.setCommon(common());
        log.setTs(Instant.ofEpochMilli(ts));
        if (random.nextInt(100) < 2) {
            log.setErr(
                    new ErrorInfo(
                            1000 + random.nextInt(4000),
                            "java.net.SocketTimeoutException in module " + random.nextInt(20)));
        }
        if (random.nextInt(10) == 0) {
            log.setStart(
                    new StartInfo(
                            "icon",
                            (long) (1000 + random.nextInt(15000)),
                            (long) (1 + random.nextInt(20)),
                            (long) (1000 + random.nextInt(5000)),
                            0L));
        } else {
            log.setPage(page());
            log.setDisplays(displays(5 + random.nextInt(6)));
            log.setActions(actions(1 + random.nextInt(2)));
        }
        return AppLogJsonEncoder.encode(log);
    }

    private Common common() {
        int device = random.nextInt(DEVICES);
        Common common = new Common();
        common.setMid("mid_" + device);
        common.setUid(device % 3 == 0 ? null : Integer.toString(device));
        common.setAr(Integer.toString(110000 + device % 34 * 10000));
        common.setBa("Xiaomi");
        common.setMd("Xiaomi 13");
        common.setOs("Android 13.0");
        common.setCh(CHANNELS[device % CHANNELS.length]);
        common.setVc("v2.1." + (100 + device % 40));
        common.setIsNew(device % 5 == 0 ? "1" : "0");
        return common;
    }

    private Page page() {
        Page page = new Page();
        page.setPageId(PAGES[random.nextInt(PAGES.length)]);
        page.setLastPageId(random.nextBoolean() ? null : PAGES[random.nextInt(PAGES.length)]);
        page.setDuringTime((long) (1000 + random.nextInt(20000)));
        page.setItem(Integer.toString(1 + random.nextInt(35)));
        page.setItemType("sku_id");
        page.setSourceType("recommend");
        return page;
    }

    private List<Display> displays(int count) {
        List<Display> displays = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            displays.add(
                    new Display(
                            DISPLAY_TYPES[random.nextInt(DISPLAY_TYPES.length)],
                            Integer.toString(1 + random.nextInt(35)),
                            "sku_id",
                            i,
                            1 + random.nextInt(5)));
        }
        return displays;
    }

    private List<Action> actions(int count) {
        List<Action> actions = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            actions.add(
                    new Action(
                            ACTIONS[random.nextInt(ACTIONS.length)],
                            Integer.toString(1 + random.nextInt(35)),
                            "sku_id",
                            Instant.ofEpochMilli(ts + 500L * i)));
        }
        return actions;
    }
}
