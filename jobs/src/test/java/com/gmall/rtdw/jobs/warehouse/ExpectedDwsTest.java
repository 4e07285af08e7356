package com.gmall.rtdw.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmall.rtdw.jobs.warehouse.ExpectedDws.Business;
import com.gmall.rtdw.jobs.warehouse.ExpectedDws.Category2;
import com.gmall.rtdw.jobs.warehouse.ExpectedDws.Category3;
import com.gmall.rtdw.jobs.warehouse.ExpectedDws.ShopHistory;
import com.gmall.rtdw.jobs.warehouse.ExpectedDws.SkuDims;
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
import org.junit.jupiter.api.Test;

/**
 * The expected DWS rows on small hand-built inputs, each figure worked out by hand. T0 is 2024-06-01 10:00:00 in
 * Shanghai, the start of a 10 s window; W is the window size.
 */
class ExpectedDwsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final long W = 10_000;
    private static final long T0 = LocalDateTime.of(2024, 6, 1, 10, 0).atZone(ZONE).toInstant().toEpochMilli();
    private static final long DAY = 86_400_000;
    private static final long S = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    // ---------------------------------------------------------------------------------------------------------
    // Log side

    @Test
    void pagesSessionsDurationsVisitorsAndBouncesPerVersionChannelAreaAndNewFlag() {
        List<String> lines = List.of(
                log("m1", T0).start().json(), // a start log is no page
                log("m1", T0).page("home", null, 1000).json(),
                log("m1", T0 + 3 * S).page("good_list", "home", 2000).json(), // continues m1's session: no bounce
                log("m2", T0 + S).ch("oppo").page("home", null, 1000).json(), // nothing after it: bounce
                log("m3", T0 + 2 * S).page("home", null, 1000).json(), // next page opens a session: bounce
                log("m3", T0 + 5 * S).page("home", null, 1000).json(), // nothing after it: bounce
                log("m4", T0 + 4 * S).page("home", null, 1000).json(), // next page 10 s later: bounce
                log("m4", T0 + 14 * S).page("good_detail", "home", 500).json(),
                log("m4", T0 + 15 * S).start().page("home", null, 700).json()); // start log with a page: no page log

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.VC_CH_AR_IS_NEW);

        assertThat(rows).containsExactly(
                row(T0, "vc", "v1", "ch", "oppo", "ar", "110000", "is_new", "0",
                        "uv_ct", "1", "sv_ct", "1", "pv_ct", "1", "dur_sum", "1000", "uj_ct", "1"),
                row(T0, "vc", "v1", "ch", "xiaomi", "ar", "110000", "is_new", "0",
                        "uv_ct", "3", "sv_ct", "4", "pv_ct", "5", "dur_sum", "6000", "uj_ct", "3"),
                row(T0 + W, "vc", "v1", "ch", "xiaomi", "ar", "110000", "is_new", "0",
                        "uv_ct", "0", "sv_ct", "0", "pv_ct", "1", "dur_sum", "500", "uj_ct", "0"));
    }

    @Test
    void isNewIsRepairedPerDeviceOverAllLinesInWriteOrder() {
        List<String> lines = List.of(
                // n1: a later day first (first day = D+1), then day D (first day moves back to D, stays new),
                // then D+1 again: a "1" after the first day becomes "0"
                log("n1", T0 + DAY).vc("n1").isNew("1").page("home", null, 1000).json(),
                log("n1", T0).vc("n1").isNew("1").page("home", null, 1000).json(),
                log("n1", T0 + DAY + 5 * S).vc("n1").isNew("1").page("home", null, 1000).json(),
                // n2: a start log sets the first day; its page the next day is not new
                log("n2", T0).vc("n2").isNew("1").start().json(),
                log("n2", T0 + DAY + 20 * S).vc("n2").isNew("1").page("home", null, 1000).json(),
                // n3: "0" from an unknown device means first seen yesterday at the latest: a later "1" is wrong
                log("n3", T0).vc("n3").isNew("0").page("home", null, 1000).json(),
                log("n3", T0 + 30 * S).vc("n3").isNew("1").page("home", null, 1000).json());

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.VC_CH_AR_IS_NEW);

        assertThat(rows).extracting(r -> r.get("stt"), r -> r.get("vc"), r -> r.get("is_new"), r -> r.get("pv_ct"))
                .containsExactlyInAnyOrder(
                        tuple(s(T0), "n1", "1", "1"),
                        tuple(s(T0 + DAY), "n1", "1", "1"),
                        tuple(s(T0 + DAY), "n1", "0", "1"),
                        tuple(s(T0 + DAY + 20 * S), "n2", "0", "1"),
                        tuple(s(T0), "n3", "0", "1"),
                        tuple(s(T0 + 30 * S), "n3", "0", "1"));
    }

    @Test
    void aVisitorCountsOncePerDayAtItsEarliestPageWithThatPagesDimensions() {
        List<String> lines = List.of(
                log("m1", T0 + 12 * S).vc("late").page("home", null, 1000).json(), // written first, but later
                log("m1", T0 + 3 * S).vc("early").page("home", null, 1000).json(),
                log("m1", T0 + 25 * S).vc("early").page("good_detail", "home", 1000).json(),
                log("m1", T0 + DAY).vc("early").page("home", null, 1000).json()); // a new day: counts again

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.VC_CH_AR_IS_NEW);

        assertThat(rows).extracting(r -> r.get("stt"), r -> r.get("vc"), r -> r.get("uv_ct"))
                .containsExactly(
                        tuple(s(T0), "early", "1"),
                        tuple(s(T0 + W), "late", "0"),
                        tuple(s(T0 + 2 * W), "early", "0"),
                        tuple(s(T0 + DAY), "early", "1"));
    }

    @Test
    void homeAndDetailVisitorsCountAtTheDevicesFirstSuchPageOfTheDay() {
        List<String> lines = List.of(
                log("m1", T0).page("home", null, 1000).json(),
                log("m1", T0 + 2 * S).page("good_detail", "home", 1000).json(),
                log("m1", T0 + 12 * S).page("home", "good_detail", 1000).json(), // not its first home today
                log("m2", T0 + 15 * S).page("good_detail", null, 1000).json(),
                log("m2", T0 + 16 * S).page("home", "good_detail", 1000).json(),
                log("m3", T0 + 35 * S).page("home", null, 1000).json(), // written first; the earlier one counts
                log("m3", T0 + 28 * S).page("home", null, 1000).json(),
                log("m1", T0 + DAY).page("good_detail", null, 1000).json(), // the next day
                log("m4", T0 + 45 * S).page("cart", null, 1000).json()); // neither: no row

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.PAGE_VIEW);

        assertThat(rows).containsExactly(
                row(T0, "home_uv_ct", "1", "good_detail_uv_ct", "1"),
                row(T0 + W, "home_uv_ct", "1", "good_detail_uv_ct", "1"),
                row(T0 + 2 * W, "home_uv_ct", "1", "good_detail_uv_ct", "0"),
                row(T0 + DAY, "home_uv_ct", "0", "good_detail_uv_ct", "1"));
    }

    @Test
    void searchKeywordsAreSplitByIkAndCountedPerWindow() {
        List<String> lines = List.of(
                log("m1", T0).page("good_list", null, 1000).item("小米手机", "keyword").json(),
                log("m1", T0 + 5 * S).page("good_list", "search", 1000).item("小米手机", "keyword").json(),
                log("m2", T0 + 11 * S).page("good_list", "home", 1000).item("小米手机", "keyword").json(),
                log("m2", T0 + 12 * S).page("good_detail", "good_list", 1000).item("12", "sku_id").json(),
                log("m2", T0 + 13 * S).page("good_list", "good_list", 1000).item("", "keyword").json());

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.KEYWORD);

        assertThat(ExpectedDws.Traffic.ikWords("小米手机")).containsExactly("小米", "手机");
        assertThat(rows).containsExactly(
                row(T0, "source", "search", "keyword", "小米", "keyword_count", "2"),
                row(T0, "source", "search", "keyword", "手机", "keyword_count", "2"),
                row(T0 + W, "source", "search", "keyword", "小米", "keyword_count", "1"),
                row(T0 + W, "source", "search", "keyword", "手机", "keyword_count", "1"));
    }

    @Test
    void usersLoggingInCountOncePerDayAndComeBackAfterEightDaysOrMore() {
        List<String> lines = List.of(
                log("a", T0 - 8 * DAY).uid("3").page("home", null, 1000).json(),
                log("b", T0 - 7 * DAY).uid("4").page("home", null, 1000).json(),
                log("c", T0).uid("1").page("home", null, 1000).json(), // u1's login today
                log("c", T0 + 3 * S).uid("1").page("home", "login", 1000).json(), // a login, not the first today
                log("c", T0 + 4 * S).uid("1").page("good_list", "home", 1000).json(), // no login
                log("d", T0 + 12 * S).uid("2").page("cart", "home", 1000).json(), // no login
                log("e", T0 + 13 * S).page("home", null, 1000).json(), // no uid
                log("a", T0 + 15 * S).uid("3").page("home", null, 1000).json(), // 8 days after: back
                log("b", T0 + 16 * S).uid("4").page("home", null, 1000).json()); // 7 days after: not back

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.USER_LOGIN);

        assertThat(rows).containsExactly(
                row(T0 - 8 * DAY, "back_ct", "0", "uu_ct", "1"),
                row(T0 - 7 * DAY, "back_ct", "0", "uu_ct", "1"),
                row(T0, "back_ct", "0", "uu_ct", "1"),
                row(T0 + W, "back_ct", "1", "uu_ct", "2"));
    }

    @Test
    void linesThatDoNotParseOrLackTsOrMidAreSkipped() {
        String good = log("m1", T0).page("home", null, 1000).json();
        List<String> lines = List.of(
                "not json: " + good.substring(0, 20),
                good.substring(0, good.length() / 2),
                good.replaceFirst("\"ts\":\\d+", "\"ts\":\"yesterday\""),
                good.replace("\"mid\":\"m1\",", "").replace(",\"mid\":\"m1\"", ""),
                "",
                good);

        Map<String, List<Map<String, String>>> all = compute(List.of(), lines);

        assertThat(all.get(ExpectedDws.VC_CH_AR_IS_NEW)).extracting(r -> r.get("pv_ct")).containsExactly("1");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Business side

    @Test
    void registrationsCountAtTheirCreateTime() {
        List<Business> business = List.of(
                biz(T0, tx("register", userInsert(1, T0))),
                biz(T0 + 3 * S, tx("register", userInsert(2, T0 + 3 * S))),
                biz(T0 + 11 * S, tx("register", userInsert(3, T0 + 11 * S))),
                biz(T0 + 12 * S, tx("other", update("user_info", 3, "operate_time", ldt(T0 + 12 * S)))));

        assertThat(compute(business, List.of()).get(ExpectedDws.USER_REGISTER)).containsExactly(
                row(T0, "register_ct", "2"),
                row(T0 + W, "register_ct", "1"));
    }

    @Test
    void cartAddsAndReAddsCountEachUserOncePerDay() {
        List<Business> business = List.of(
                biz(T0 - DAY, tx("cart", cartInsert(3, "8", 1, T0 - DAY))),
                biz(T0, tx("cart", cartInsert(1, "5", 1, T0))),
                biz(T0 + 12 * S, tx("cart", cartInsert(2, "6", 2, T0 + 12 * S))),
                // a re-add by user 5 the same day: an add, but 5 is counted already
                biz(T0 + 15 * S, tx("cart", update("cart_info", 1, "sku_num", 3, "operate_time", ldt(T0 + 15 * S)))),
                // fewer: no add
                biz(T0 + 16 * S, tx("cart", update("cart_info", 1, "sku_num", 2, "operate_time", ldt(T0 + 16 * S)))),
                // a re-add to a line from before the run: its user from the history
                biz(T0 + 21 * S, tx("cart", update("cart_info", 99, "sku_num", 4, "operate_time", ldt(T0 + 21 * S)))),
                // user 8's re-add of yesterday's line
                biz(T0 + 31 * S, tx("cart", update("cart_info", 3, "sku_num", 2, "operate_time", ldt(T0 + 31 * S)))),
                biz(T0 + 33 * S, tx("order", update("cart_info", 2, "is_ordered", 1, "order_time", ldt(T0 + 33 * S)))),
                // user 5 the next day, after a decrease: more than the line's last value
                biz(T0 + DAY, tx("cart", update("cart_info", 1, "sku_num", 3, "operate_time", ldt(T0 + DAY)))));
        MemoryHistory history = new MemoryHistory();
        history.cartUsers.put(99L, 7L);

        assertThat(compute(business, List.of(), history).get(ExpectedDws.CART_ADD)).containsExactly(
                row(T0 - DAY, "cart_add_uu_ct", "1"),
                row(T0, "cart_add_uu_ct", "1"),
                row(T0 + W, "cart_add_uu_ct", "1"),
                row(T0 + 2 * W, "cart_add_uu_ct", "1"),
                row(T0 + 3 * W, "cart_add_uu_ct", "1"),
                row(T0 + DAY, "cart_add_uu_ct", "1"));
    }

    @Test
    void ordersCountEachUserOncePerDayNewUsersByTheirFirstOrderAndSumAmountsExactly() {
        MemoryHistory history = orderHistory();

        assertThat(compute(orders(), List.of(), history).get(ExpectedDws.ORDER)).containsExactly(
                // user 1 twice (new: its first order is T0 + 1 s); 20.20 + 0.30 + 0.20 at original prices
                row(T0, "order_unique_user_count", "1", "order_new_user_count", "1",
                        "order_activity_reduce_amount", "1.01", "order_coupon_reduce_amount", "0.10",
                        "order_original_total_amount", "20.70"),
                // user 2 ordered before the run: not new
                row(T0 + W, "order_unique_user_count", "1", "order_new_user_count", "0",
                        "order_activity_reduce_amount", "0.00", "order_coupon_reduce_amount", "0.00",
                        "order_original_total_amount", "5.55"),
                // user 3's first order: 0.10 + 0.20 exactly
                row(T0 + 2 * W, "order_unique_user_count", "1", "order_new_user_count", "1",
                        "order_activity_reduce_amount", "0.00", "order_coupon_reduce_amount", "0.00",
                        "order_original_total_amount", "0.30"));
    }

    @Test
    void provinceOrdersCountDistinctOrdersAndSumTheirLines() {
        assertThat(compute(orders(), List.of(), orderHistory()).get(ExpectedDws.PROVINCE_ORDER)).containsExactly(
                row(T0, "province_id", "1", "province_name", "北京", "order_count", "2", "order_amount", "19.59"),
                row(T0 + W, "province_id", "2", "province_name", "上海", "order_count", "1", "order_amount", "5.55"),
                row(T0 + 2 * W, "province_id", "1", "province_name", "北京", "order_count", "1",
                        "order_amount", "0.30"));
    }

    @Test
    void userSpuOrdersTakeTheSkusSpuTrademarkAndCategoriesWithNullForUnknownNames() {
        assertThat(compute(orders(), List.of(), orderHistory()).get(ExpectedDws.USER_SPU_ORDER)).containsExactly(
                spuRow(T0, "1", "19.59", "2"),
                row(T0 + W, "trademark_id", "21", "trademark_name", "TCL", "category1_id", null,
                        "category1_name", null, "category2_id", null, "category2_name", null, "category3_id", "31",
                        "category3_name", null, "user_id", "2", "spu_id", "11", "spu_name", "TCL电视",
                        "order_count", "1", "order_amount", "5.55"),
                spuRow(T0 + 2 * W, "3", "0.30", "1"));
    }

    @Test
    void paymentsCountEachPayingUserOncePerDayAndNewUsersByTheirFirstPayment() {
        List<Business> business = new ArrayList<>(orders());
        business.add(biz(T0 + 20 * S, pay(500, 100, 1, T0 + 25 * S))); // user 1's first payment: new
        business.add(biz(T0 + 21 * S, pay(501, 102, 2, T0 + 26 * S))); // user 2 paid before the run
        business.add(biz(T0 + 22 * S, pay(502, 101, 1, T0 + 27 * S))); // user 1 again the same day
        business.add(biz(T0 + 23 * S, pay(503, 999, 9, T0 + 28 * S))); // an order without lines in the run
        // the paid row changing again, to paid again, the next day: not a payment
        business.add(biz(T0 + DAY, tx("x", update("payment_info", 500, "payment_status", "1602",
                "callback_time", ldt(T0 + DAY)))));
        MemoryHistory history = orderHistory();
        history.firstPayments.put(1L, Instant.ofEpochMilli(T0 + 25 * S));
        history.firstPayments.put(2L, Instant.ofEpochMilli(T0 - 3 * DAY));
        history.firstPayments.put(9L, Instant.ofEpochMilli(T0 + 28 * S));

        assertThat(compute(business, List.of(), history).get(ExpectedDws.PAYMENT_SUC)).containsExactly(
                row(T0 + 2 * W, "payment_suc_unique_user_count", "2", "payment_suc_new_user_count", "1"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Shape

    @Test
    void everyTableIsThereWithItsColumnsInOrderAndNoTs() {
        Map<String, List<Map<String, String>>> all = compute(orders(),
                List.of(log("m1", T0).uid("1").page("good_list", null, 1000).item("小米手机", "keyword").json(),
                        log("m1", T0 + S).page("home", "good_list", 1000).json()),
                orderHistory());

        assertThat(all).containsOnlyKeys(ExpectedDws.COLUMNS.keySet());
        assertThat(ExpectedDws.COLUMNS.get(ExpectedDws.ORDER)).containsExactly("stt", "edt",
                "order_unique_user_count", "order_new_user_count", "order_activity_reduce_amount",
                "order_coupon_reduce_amount", "order_original_total_amount");
        all.forEach((table, rows) -> {
            if (!table.equals(ExpectedDws.USER_REGISTER) && !table.equals(ExpectedDws.CART_ADD)
                    && !table.equals(ExpectedDws.PAYMENT_SUC)) {
                assertThat(rows).as(table).isNotEmpty();
            }
            rows.forEach(r -> assertThat(List.copyOf(r.keySet())).as(table)
                    .isEqualTo(ExpectedDws.COLUMNS.get(table)).doesNotContain("ts"));
        });
    }

    @Test
    void restrictToKeepsWindowsInsideTheRange() {
        Map<String, List<Map<String, String>>> all = compute(orders(), List.of(), orderHistory());

        Map<String, List<Map<String, String>>> some = ExpectedDws.restrictTo(all, T0 + W, T0 + 2 * W);

        assertThat(some.get(ExpectedDws.PROVINCE_ORDER)).extracting(r -> r.get("stt")).containsExactly(s(T0 + W));
        assertThat(some.get(ExpectedDws.ORDER)).extracting(r -> r.get("edt")).containsExactly(s(T0 + 2 * W));
        assertThat(some.get(ExpectedDws.KEYWORD)).isEmpty();
    }

    @Test
    void rowsSortByTheirJoinedValues() {
        Map<String, String> a = row(T0, "x", "b");
        Map<String, String> b = row(T0, "x", null);
        Map<String, String> c = row(T0, "x", "a");

        assertThat(ExpectedDws.sorted(List.of(a, b, c))).containsExactly(b, c, a);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Orders shared by the trade tests

    /**
     * Order 100 (user 1, province 1, T0 + 1 s): sku 1 at 10.10 × 2 (activity 1.01, total 19.19), sku 2 at 0.10 × 3
     * (coupon 0.10, total 0.20). Order 101 (user 1, province 1, T0 + 5 s): sku 1 at 0.20 × 1, no split amounts.
     * Order 102 (user 2, province 2, T0 + 12 s): sku 3 at 5.55. Order 103 (user 3, province 1, T0 + 21 s): sku 1 at
     * 0.10 and sku 2 at 0.20.
     */
    private static List<Business> orders() {
        return List.of(
                biz(T0 + S, order(100, 1, 1, T0 + S,
                        detail(1000, 100, 1, "10.10", 2, "19.19", "1.01", "0.00"),
                        detail(1001, 100, 2, "0.10", 3, "0.20", "0.00", "0.10"))),
                biz(T0 + 5 * S, order(101, 1, 1, T0 + 5 * S, detail(1002, 101, 1, "0.20", 1, "0.20", null, null))),
                biz(T0 + 12 * S, order(102, 2, 2, T0 + 12 * S, detail(1003, 102, 3, "5.55", 1, "5.55", "0.00", "0.00"))),
                biz(T0 + 21 * S, order(103, 3, 1, T0 + 21 * S,
                        detail(1004, 103, 1, "0.10", 1, "0.10", "0.00", "0.00"),
                        detail(1005, 103, 2, "0.20", 1, "0.20", "0.00", "0.00"))));
    }

    private static MemoryHistory orderHistory() {
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

    private static Map<String, String> spuRow(long stt, String user, String amount, String orders) {
        return row(stt, "trademark_id", "20", "trademark_name", "小米", "category1_id", "50", "category1_name", "手机",
                "category2_id", "40", "category2_name", "手机通讯", "category3_id", "30", "category3_name", "智能手机",
                "user_id", user, "spu_id", "10", "spu_name", "小米12", "order_count", orders, "order_amount", amount);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Builders

    private static Map<String, List<Map<String, String>>> compute(List<Business> business, List<String> lines) {
        return compute(business, lines, new MemoryHistory());
    }

    private static Map<String, List<Map<String, String>>> compute(List<Business> business, List<String> lines,
            ShopHistory history) {
        return ExpectedDws.compute(business, lines, history, ZONE, W);
    }

    /** An expected row: stt and edt of the window starting at {@code stt}, then columns and values. */
    private static Map<String, String> row(long stt, String... columnsAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("stt", s(stt));
        m.put("edt", s(stt + W));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            m.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return m;
    }

    private static String s(long millis) {
        return Long.toString(millis);
    }

    private static LocalDateTime ldt(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZONE);
    }

    private static Business biz(long millis, ShopTransaction tx) {
        return new Business(millis, tx);
    }

    private static ShopTransaction tx(String action, RowChange... rows) {
        return new ShopTransaction(action, List.of(rows));
    }

    private static RowChange insert(String table, long id, Object... columnsAndValues) {
        return new RowChange(table, true, id, columns(columnsAndValues));
    }

    private static RowChange update(String table, long id, Object... columnsAndValues) {
        return new RowChange(table, false, id, columns(columnsAndValues));
    }

    private static Map<String, Object> columns(Object... columnsAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            m.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return m;
    }

    private static RowChange userInsert(long id, long millis) {
        return insert("user_info", id, "id", id, "login_name", "user" + id, "create_time", ldt(millis),
                "operate_time", null);
    }

    /** cart_info.user_id is text, as the simulator writes it. */
    private static RowChange cartInsert(long id, String user, int skuNum, long millis) {
        return insert("cart_info", id, "id", id, "user_id", user, "sku_id", 1L, "sku_num", skuNum,
                "create_time", ldt(millis), "operate_time", null, "is_ordered", 0);
    }

    private static ShopTransaction order(long id, long user, int province, long millis, RowChange... details) {
        List<RowChange> rows = new ArrayList<>();
        rows.add(insert("order_info", id, "id", id, "order_status", "1001", "user_id", user,
                "create_time", ldt(millis), "operate_time", null, "province_id", province));
        rows.addAll(List.of(details));
        return new ShopTransaction("order", rows);
    }

    private static RowChange detail(long id, long order, long sku, String price, long num, String total,
            String activity, String coupon) {
        return insert("order_detail", id, "id", id, "order_id", order, "sku_id", sku, "order_price", dec(price),
                "sku_num", num, "split_total_amount", dec(total), "split_activity_amount", dec(activity),
                "split_coupon_amount", dec(coupon));
    }

    /** As the simulator pays: payment_info 1601, then 1602 with its callback time, and the order to 1002. */
    private static ShopTransaction pay(long id, long order, long user, long callbackMillis) {
        return tx("pay",
                insert("payment_info", id, "id", id, "order_id", order, "user_id", user, "payment_status", "1601",
                        "create_time", ldt(callbackMillis - 5 * S), "callback_time", null),
                update("payment_info", id, "payment_status", "1602", "trade_no", "PAY" + id,
                        "callback_time", ldt(callbackMillis), "callback_content", "ok"),
                update("order_info", order, "order_status", "1002", "operate_time", ldt(callbackMillis - 5 * S)));
    }

    private static BigDecimal dec(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static Log log(String mid, long ts) {
        return new Log(mid, ts);
    }

    /** An app log line as the simulator writes it (vc v1, channel xiaomi, area 110000, not new unless set). */
    private static final class Log {
        private final ObjectNode root = JSON.createObjectNode();
        private final ObjectNode common = root.putObject("common");
        private ObjectNode page;
        private final long ts;

        Log(String mid, long ts) {
            this.ts = ts;
            common.put("ar", "110000").put("ch", "xiaomi").put("is_new", "0").put("mid", mid).put("vc", "v1");
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
    private static final class MemoryHistory implements ShopHistory {
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
