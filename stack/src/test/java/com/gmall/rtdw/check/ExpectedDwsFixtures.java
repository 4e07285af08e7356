package com.gmall.rtdw.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmall.rtdw.check.ExpectedDws.Business;
import com.gmall.rtdw.check.ExpectedDws.Category2;
import com.gmall.rtdw.check.ExpectedDws.Category3;
import com.gmall.rtdw.check.ExpectedDws.ShopHistory;
import com.gmall.rtdw.check.ExpectedDws.SkuDims;
import com.gmall.rtdw.sim.RowChange;
import com.gmall.rtdw.sim.ShopTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inputs of the oracle's tests, built by hand: T0 is 2024-06-01 10:00:00 in Shanghai, the start of
 * a 10 s window; W is the window size. Orders, payments and app log lines as the simulator writes
 * them.
 */
final class ExpectedDwsFixtures {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final long W = 10_000;
    static final long T0 =
            LocalDateTime.of(2024, 6, 1, 10, 0).atZone(ZONE).toInstant().toEpochMilli();
    static final long DAY = 86_400_000;
    static final long S = 1_000;
    static final ObjectMapper JSON = new ObjectMapper();

    private ExpectedDwsFixtures() {}

    // ---------------------------------------------------------------------------------------------------------
    // Orders shared by the trade tests

    /**
     * Order 100 (user 1, province 1, T0 + 1 s): sku 1 at 10.10 × 2 (activity 1.01, total 19.19),
     * sku 2 at 0.10 × 3 (coupon 0.10, total 0.20). Order 101 (user 1, province 1, T0 + 5 s): sku 1
     * at 0.20 × 1, no split amounts. Order 102 (user 2, province 2, T0 + 12 s): sku 3 at 5.55.
     * Order 103 (user 3, province 1, T0 + 21 s): sku 1 at 0.10 and sku 2 at 0.20.
     */
    static List<Business> orders() {
        return List.of(
                biz(
                        T0 + S,
                        order(
                                100,
                                1,
                                1,
                                T0 + S,
                                detail(1000, 100, 1, "10.10", 2, "19.19", "1.01", "0.00"),
                                detail(1001, 100, 2, "0.10", 3, "0.20", "0.00", "0.10"))),
                biz(
                        T0 + 5 * S,
                        order(
                                101,
                                1,
                                1,
                                T0 + 5 * S,
                                detail(1002, 101, 1, "0.20", 1, "0.20", null, null))),
                biz(
                        T0 + 12 * S,
                        order(
                                102,
                                2,
                                2,
                                T0 + 12 * S,
                                detail(1003, 102, 3, "5.55", 1, "5.55", "0.00", "0.00"))),
                biz(
                        T0 + 21 * S,
                        order(
                                103,
                                3,
                                1,
                                T0 + 21 * S,
                                detail(1004, 103, 1, "0.10", 1, "0.10", "0.00", "0.00"),
                                detail(1005, 103, 2, "0.20", 1, "0.20", "0.00", "0.00"))));
    }

    static MemoryHistory orderHistory() {
        MemoryHistory h = new MemoryHistory();
        h.skus.put(1L, new SkuDims(10L, 20L, 30L));
        h.skus.put(2L, new SkuDims(10L, 20L, 30L));
        h.skus.put(3L, new SkuDims(11L, 21L, 31L)); // category 31 unknown
        h.spus.put(10L, "小米12");
        h.spus.put(11L, "TCL电视");
        h.trademarks.put(20L, "小米");
        h.trademarks.put(21L, "TCL");
        h.category3s.put(30L, new Category3("智能手机", 40L));
        h.category2s.put(40L, new Category2("手机通讯", 50L));
        h.category1s.put(50L, "手机");
        h.provinces.put(1L, "北京");
        h.provinces.put(2L, "上海");
        h.firstOrders.put(1L, Instant.ofEpochMilli(T0 + S));
        h.firstOrders.put(2L, Instant.ofEpochMilli(T0 - DAY));
        h.firstOrders.put(3L, Instant.ofEpochMilli(T0 + 21 * S));
        return h;
    }

    static Map<String, String> spuRow(long stt, String user, String amount, String orders) {
        return row(
                stt,
                "trademark_id",
                "20",
                "trademark_name",
                "小米",
                "category1_id",
                "50",
                "category1_name",
                "手机",
                "category2_id",
                "40",
                "category2_name",
                "手机通讯",
                "category3_id",
                "30",
                "category3_name",
                "智能手机",
                "user_id",
                user,
                "spu_id",
                "10",
                "spu_name",
                "小米12",
                "order_count",
                orders,
                "order_amount",
                amount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Builders

    static Map<String, List<Map<String, String>>> compute(
            List<Business> business, List<String> lines) {
        return compute(business, lines, new MemoryHistory());
    }

    static Map<String, List<Map<String, String>>> compute(
            List<Business> business, List<String> lines, ShopHistory history) {
        return ExpectedDws.compute(business, lines, history, ZONE, W);
    }

    /**
     * An expected row: stt and edt of the window starting at {@code stt}, then columns and values.
     */
    static Map<String, String> row(long stt, String... columnsAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("stt", s(stt));
        m.put("edt", s(stt + W));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            m.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return m;
    }

    static String s(long millis) {
        return Long.toString(millis);
    }

    static LocalDateTime ldt(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZONE);
    }

    static Business biz(long millis, ShopTransaction tx) {
        return new Business(millis, tx);
    }

    static ShopTransaction tx(String action, RowChange... rows) {
        return new ShopTransaction(action, List.of(rows));
    }

    static RowChange insert(String table, long id, Object... columnsAndValues) {
        return new RowChange(table, true, id, columns(columnsAndValues));
    }

    static RowChange update(String table, long id, Object... columnsAndValues) {
        return new RowChange(table, false, id, columns(columnsAndValues));
    }

    static Map<String, Object> columns(Object... columnsAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            m.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return m;
    }

    static RowChange userInsert(long id, long millis) {
        return insert(
                "user_info",
                id,
                "id",
                id,
                "login_name",
                "user" + id,
                "create_time",
                ldt(millis),
                "operate_time",
                null);
    }

    /** cart_info.user_id is text, as the simulator writes it. */
    static RowChange cartInsert(long id, String user, int skuNum, long millis) {
        return insert(
                "cart_info",
                id,
                "id",
                id,
                "user_id",
                user,
                "sku_id",
                1L,
                "sku_num",
                skuNum,
                "create_time",
                ldt(millis),
                "operate_time",
                null,
                "is_ordered",
                0);
    }

    static ShopTransaction order(
            long id, long user, int province, long millis, RowChange... details) {
        List<RowChange> rows = new ArrayList<>();
        rows.add(
                insert(
                        "order_info",
                        id,
                        "id",
                        id,
                        "order_status",
                        "1001",
                        "user_id",
                        user,
                        "create_time",
                        ldt(millis),
                        "operate_time",
                        null,
                        "province_id",
                        province));
        rows.addAll(List.of(details));
        return new ShopTransaction("order", rows);
    }

    static RowChange detail(
            long id,
            long order,
            long sku,
            String price,
            long num,
            String total,
            String activity,
            String coupon) {
        return insert(
                "order_detail",
                id,
                "id",
                id,
                "order_id",
                order,
                "sku_id",
                sku,
                "order_price",
                dec(price),
                "sku_num",
                num,
                "split_total_amount",
                dec(total),
                "split_activity_amount",
                dec(activity),
                "split_coupon_amount",
                dec(coupon));
    }

    /**
     * As the simulator pays: payment_info 1601, then 1602 with its callback time, and the order to
     * 1002.
     */
    static ShopTransaction pay(long id, long order, long user, long callbackMillis) {
        return tx(
                "pay",
                insert(
                        "payment_info",
                        id,
                        "id",
                        id,
                        "order_id",
                        order,
                        "user_id",
                        user,
                        "payment_status",
                        "1601",
                        "create_time",
                        ldt(callbackMillis - 5 * S),
                        "callback_time",
                        null),
                update(
                        "payment_info",
                        id,
                        "payment_status",
                        "1602",
                        "trade_no",
                        "PAY" + id,
                        "callback_time",
                        ldt(callbackMillis),
                        "callback_content",
                        "ok"),
                update(
                        "order_info",
                        order,
                        "order_status",
                        "1002",
                        "operate_time",
                        ldt(callbackMillis - 5 * S)));
    }

    static BigDecimal dec(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    static Log log(String mid, long ts) {
        return new Log(mid, ts);
    }

    /**
     * An app log line as the simulator writes it (vc v1, channel xiaomi, area 110000, not new
     * unless set).
     */
    static final class Log {
        private final ObjectNode root = JSON.createObjectNode();
        private final ObjectNode common = root.putObject("common");
        private ObjectNode page;
        private final long ts;

        Log(String mid, long ts) {
            this.ts = ts;
            common.put("ar", "110000")
                    .put("ch", "xiaomi")
                    .put("is_new", "0")
                    .put("mid", mid)
                    .put("vc", "v1");
        }

        Log uid(String uid) {
            common.put("uid", uid);
            return this;
        }

        Log vc(String vc) {
            common.put("vc", vc);
            return this;
        }

        Log ch(String ch) {
            common.put("ch", ch);
            return this;
        }

        Log isNew(String isNew) {
            common.put("is_new", isNew);
            return this;
        }

        Log start() {
            root.putObject("start").put("entry", "icon").put("loading_time", 1200);
            return this;
        }

        Log page(String pageId, String lastPageId, long during) {
            page = root.putObject("page");
            page.put("page_id", pageId).put("during_time", during);
            if (lastPageId != null) {
                page.put("last_page_id", lastPageId);
            }
            return this;
        }

        Log item(String item, String itemType) {
            page.put("item", item).put("item_type", itemType);
            return this;
        }

        String json() {
            root.put("ts", ts); // last, as the simulator writes it
            return root.toString();
        }
    }

    /** A {@link ShopHistory} filled by the test. */
    static final class MemoryHistory implements ShopHistory {
        final Map<Long, SkuDims> skus = new HashMap<>();
        final Map<Long, String> spus = new HashMap<>();
        final Map<Long, String> trademarks = new HashMap<>();
        final Map<Long, Category3> category3s = new HashMap<>();
        final Map<Long, Category2> category2s = new HashMap<>();
        final Map<Long, String> category1s = new HashMap<>();
        final Map<Long, String> provinces = new HashMap<>();
        final Map<Long, Instant> firstOrders = new HashMap<>();
        final Map<Long, Instant> firstPayments = new HashMap<>();
        final Map<Long, Long> cartUsers = new HashMap<>();

        @Override
        public Optional<SkuDims> sku(long skuId) {
            return Optional.ofNullable(skus.get(skuId));
        }

        @Override
        public Optional<String> spuName(long spuId) {
            return Optional.ofNullable(spus.get(spuId));
        }

        @Override
        public Optional<String> trademarkName(long tmId) {
            return Optional.ofNullable(trademarks.get(tmId));
        }

        @Override
        public Optional<Category3> category3(long category3Id) {
            return Optional.ofNullable(category3s.get(category3Id));
        }

        @Override
        public Optional<Category2> category2(long category2Id) {
            return Optional.ofNullable(category2s.get(category2Id));
        }

        @Override
        public Optional<String> category1Name(long category1Id) {
            return Optional.ofNullable(category1s.get(category1Id));
        }

        @Override
        public Optional<String> provinceName(long provinceId) {
            return Optional.ofNullable(provinces.get(provinceId));
        }

        @Override
        public Optional<Instant> firstOrderTime(long userId) {
            return Optional.ofNullable(firstOrders.get(userId));
        }

        @Override
        public Optional<Instant> firstPaymentTime(long userId) {
            return Optional.ofNullable(firstPayments.get(userId));
        }

        @Override
        public Optional<Long> cartUserId(long cartId) {
            return Optional.ofNullable(cartUsers.get(cartId));
        }
    }
}
