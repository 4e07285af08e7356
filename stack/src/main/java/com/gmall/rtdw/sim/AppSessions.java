package com.gmall.rtdw.sim;

import com.gmall.rtdw.model.common.Action;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Display;
import com.gmall.rtdw.model.common.ErrorInfo;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.common.StartInfo;
import com.gmall.rtdw.model.ods.AppLog;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * App usage: devices (reused across days and runs: {@code mid_1}..{@code mid_N}) open sessions that
 * follow plausible page paths (home, search, results, detail, cart, trade, payment; also one-page
 * bounces and logins), with displays, actions, the occasional error and a start log when the app
 * launches. A few sessions run at once; each call advances one of them by one log event. Pure: the
 * same seed gives the same events.
 */
final class AppSessions {
    static final String[] KEYWORDS = {
        "小米手机",
        "口红",
        "iPhone",
        "苹果手机",
        "连衣裙",
        "坚果",
        "TCL电视",
        "面霜",
        "Apple watch",
        "华为 mate",
        "笔记本",
        "运动鞋"
    };
    private static final String[][] PATHS = {
        {"home", "search", "good_list", "good_detail", "cart", "trade", "payment"},
        {"home", "good_list", "good_detail", "good_detail"},
        {"home", "good_detail", "cart"},
        {"home", "mine", "orders_unpaid", "trade", "payment"},
        {"home", "login", "home", "search", "good_list", "good_detail"},
        {"home"},
        {"good_detail"},
    };
    private static final String[] CHANNELS = {
        "xiaomi", "Appstore", "huawei", "oppo", "vivo", "web", "360"
    };
    private static final String[][] PHONES = {
        {"Xiaomi", "Xiaomi 12", "Android 12.0"},
        {"iPhone", "iPhone 14", "iOS 16.1"},
        {"Huawei", "Huawei P50", "Android 11.0"},
        {"Redmi", "Redmi K50", "Android 12.0"},
        {"OPPO", "OPPO Reno8", "Android 12.0"}
    };
    private static final String[] SOURCES = {"promotion", "query", "recommend", "activity"};
    private static final int CONCURRENT = 6;

    private final Random random;
    private final SimClock clock;
    private final ZoneId zone;
    private final int devices;
    private final ShopState shop;
    private final Catalogue catalogue;
    private final List<Session> sessions = new ArrayList<>();
    private final long startDay;

    AppSessions(
            long seed,
            SimClock clock,
            ZoneId zone,
            int devices,
            ShopState shop,
            Catalogue catalogue) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.clock = clock;
        this.zone = zone;
        this.devices = devices;
        this.shop = shop;
        this.catalogue = catalogue;
        this.startDay = day(clock.millis());
    }

    /** The next app log event. */
    AppLog next() {
        while (sessions.size() < CONCURRENT) {
            sessions.add(newSession());
        }
        Session s = sessions.get(random.nextInt(sessions.size()));
        AppLog log = s.next();
        if (s.done()) {
            sessions.remove(s);
        }
        return log;
    }

    /** A session of a device that has none running: one device, one session at a time. */
    private Session newSession() {
        int n;
        do {
            n = 1 + random.nextInt(devices);
        } while (busy(n));
        Random device = new Random(n * 7919L);
        String[] phone = PHONES[device.nextInt(PHONES.length)];
        Common common = new Common();
        common.setMid("mid_" + n);
        common.setBa(phone[0]);
        common.setMd(phone[1]);
        common.setOs(phone[2]);
        common.setCh(CHANNELS[device.nextInt(CHANNELS.length)]);
        common.setVc("v2.1." + (100 + device.nextInt(40)));
        common.setAr(
                catalogue.provinces().get(device.nextInt(catalogue.provinces().size())).areaCode());
        // a device first seen today is new; the others came back from earlier days
        long firstDay = device.nextInt(5) == 0 ? startDay : startDay - 1 - device.nextInt(30);
        common.setIsNew(day(clock.millis()) <= firstDay ? "1" : "0");
        if (!shop.users.isEmpty() && random.nextInt(10) < 6) {
            common.setUid(Long.toString(shop.users.get(random.nextInt(shop.users.size()))));
        }
        return new Session(common, PATHS[random.nextInt(PATHS.length)], random.nextInt(2) == 0);
    }

    private boolean busy(int device) {
        String mid = "mid_" + device;
        return sessions.stream().anyMatch(s -> s.common.getMid().equals(mid));
    }

    private long day(long millis) {
        return Instant.ofEpochMilli(millis).atZone(zone).toLocalDate().toEpochDay();
    }

    private final class Session {
        private final Common common;
        private final String[] path;
        private boolean startPending;
        private int index;
        private String previous;

        Session(Common common, String[] path, boolean launchesApp) {
            this.common = common;
            this.path = path;
            this.startPending = launchesApp;
        }

        boolean done() {
            return !startPending && index >= path.length;
        }

        AppLog next() {
            AppLog log = new AppLog();
            log.setCommon(Common.newBuilder(common).build());
            log.setTs(Instant.ofEpochMilli(clock.millis()));
            if (random.nextInt(30) == 0) {
                log.setErr(
                        new ErrorInfo(
                                1000 + random.nextInt(4000),
                                "java.net.SocketTimeoutException in module " + random.nextInt(20)));
            }
            if (startPending) {
                startPending = false;
                log.setStart(
                        new StartInfo(
                                new String[] {"icon", "notice", "install"}[random.nextInt(3)],
                                (long) (1000 + random.nextInt(15000)),
                                (long) (1 + random.nextInt(20)),
                                (long) (1000 + random.nextInt(5000)),
                                random.nextBoolean() ? 0L : (long) random.nextInt(3000)));
                return log;
            }
            String pageId = path[index++];
            log.setPage(page(pageId));
            if (pageId.equals("login") && common.getUid() == null && !shop.users.isEmpty()) {
                common.setUid(Long.toString(shop.users.get(random.nextInt(shop.users.size()))));
            }
            addDisplaysAndActions(log, pageId);
            previous = pageId;
            return log;
        }

        private Page page(String pageId) {
            Page page = new Page();
            page.setPageId(pageId);
            page.setLastPageId(previous);
            page.setDuringTime((long) (1000 + random.nextInt(20000)));
            if (pageId.equals("good_list")
                    && (previous == null || previous.equals("search") || random.nextBoolean())) {
                page.setItem(KEYWORDS[random.nextInt(KEYWORDS.length)]);
                page.setItemType("keyword");
            } else if (pageId.equals("good_detail") || pageId.equals("cart")) {
                page.setItem(Long.toString(anySku()));
                page.setItemType("sku_id");
                page.setSourceType(SOURCES[random.nextInt(SOURCES.length)]);
            }
            return page;
        }

        private void addDisplaysAndActions(AppLog log, String pageId) {
            if (pageId.equals("home")
                    || pageId.equals("good_list")
                    || pageId.equals("good_detail")) {
                List<Display> displays = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    displays.add(
                            new Display(
                                    SOURCES[random.nextInt(SOURCES.length)],
                                    Long.toString(anySku()),
                                    "sku_id",
                                    displays.size() + 1,
                                    1 + random.nextInt(5)));
                }
                log.setDisplays(displays.isEmpty() ? null : displays);
            }
            if (pageId.equals("good_detail") && random.nextBoolean()) {
                String[] ids = {"favor_add", "cart_add", "get_coupon"};
                List<Action> actions = new ArrayList<>();
                for (int i = 1 + random.nextInt(2); i > 0; i--) {
                    actions.add(
                            new Action(
                                    ids[random.nextInt(ids.length)],
                                    Long.toString(anySku()),
                                    "sku_id",
                                    Instant.ofEpochMilli(
                                            clock.millis() + 500L * (actions.size() + 1))));
                }
                log.setActions(actions);
            }
        }

        private long anySku() {
            return catalogue.skus().get(random.nextInt(catalogue.skus().size())).id();
        }
    }
}
