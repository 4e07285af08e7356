package com.gmall.rtdw.check;

import static com.gmall.rtdw.check.ExpectedDwsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.check.ExpectedDws.Business;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expected trade and user rows ({@link ExpectedTrade}) on small hand-built transactions, each
 * figure worked out by hand.
 */
class ExpectedTradeTest {
    // ---------------------------------------------------------------------------------------------------------
    // Business side

    @Test
    void registrationsCountAtTheirCreateTime() {
        List<Business> business =
                List.of(
                        biz(T0, tx("register", userInsert(1, T0))),
                        biz(T0 + 3 * S, tx("register", userInsert(2, T0 + 3 * S))),
                        biz(T0 + 11 * S, tx("register", userInsert(3, T0 + 11 * S))),
                        biz(
                                T0 + 12 * S,
                                tx(
                                        "other",
                                        update("user_info", 3, "operate_time", ldt(T0 + 12 * S)))));

        assertThat(compute(business, List.of()).get(ExpectedDws.USER_REGISTER))
                .containsExactly(row(T0, "register_ct", "2"), row(T0 + W, "register_ct", "1"));
    }

    @Test
    void cartAddsAndReAddsCountEachUserOncePerDay() {
        List<Business> business =
                List.of(
                        biz(T0 - DAY, tx("cart", cartInsert(3, "8", 1, T0 - DAY))),
                        biz(T0, tx("cart", cartInsert(1, "5", 1, T0))),
                        biz(T0 + 12 * S, tx("cart", cartInsert(2, "6", 2, T0 + 12 * S))),
                        // a re-add by user 5 the same day: an add, but 5 is counted already
                        biz(
                                T0 + 15 * S,
                                tx(
                                        "cart",
                                        update(
                                                "cart_info",
                                                1,
                                                "sku_num",
                                                3,
                                                "operate_time",
                                                ldt(T0 + 15 * S)))),
                        // fewer: no add
                        biz(
                                T0 + 16 * S,
                                tx(
                                        "cart",
                                        update(
                                                "cart_info",
                                                1,
                                                "sku_num",
                                                2,
                                                "operate_time",
                                                ldt(T0 + 16 * S)))),
                        // a re-add to a line from before the run: its user from the history
                        biz(
                                T0 + 21 * S,
                                tx(
                                        "cart",
                                        update(
                                                "cart_info",
                                                99,
                                                "sku_num",
                                                4,
                                                "operate_time",
                                                ldt(T0 + 21 * S)))),
                        // user 8's re-add of yesterday's line
                        biz(
                                T0 + 31 * S,
                                tx(
                                        "cart",
                                        update(
                                                "cart_info",
                                                3,
                                                "sku_num",
                                                2,
                                                "operate_time",
                                                ldt(T0 + 31 * S)))),
                        biz(
                                T0 + 33 * S,
                                tx(
                                        "order",
                                        update(
                                                "cart_info",
                                                2,
                                                "is_ordered",
                                                1,
                                                "order_time",
                                                ldt(T0 + 33 * S)))),
                        // user 5 the next day, after a decrease: more than the line's last value
                        biz(
                                T0 + DAY,
                                tx(
                                        "cart",
                                        update(
                                                "cart_info",
                                                1,
                                                "sku_num",
                                                3,
                                                "operate_time",
                                                ldt(T0 + DAY)))));
        MemoryHistory history = new MemoryHistory();
        history.cartUsers.put(99L, 7L);

        assertThat(compute(business, List.of(), history).get(ExpectedDws.CART_ADD))
                .containsExactly(
                        row(T0 - DAY, "cart_add_uu_ct", "1"),
                        row(T0, "cart_add_uu_ct", "1"),
                        row(T0 + W, "cart_add_uu_ct", "1"),
                        row(T0 + 2 * W, "cart_add_uu_ct", "1"),
                        row(T0 + 3 * W, "cart_add_uu_ct", "1"),
                        row(T0 + DAY, "cart_add_uu_ct", "1"));
    }

    @Test
    void aSnapshotCountsTheDaysNewCartLinesButNotReAddsOfOlderOnes() {
        List<Business> business =
                List.of(
                        biz(T0 - DAY, tx("cart", cartInsert(3, "8", 1, T0 - DAY))),
                        // read by a snapshot with the facts of day T0: user 8's re-add of
                        // yesterday's line is untold
                        biz(
                                T0 + 5 * S,
                                tx(
                                        "cart",
                                        update(
                                                "cart_info",
                                                3,
                                                "sku_num",
                                                2,
                                                "operate_time",
                                                ldt(T0 + 5 * S)))),
                        biz(T0 + 12 * S, tx("cart", cartInsert(2, "6", 2, T0 + 12 * S))),
                        biz(
                                T0 + 15 * S,
                                tx(
                                        "cart",
                                        update(
                                                "cart_info",
                                                2,
                                                "sku_num",
                                                3,
                                                "operate_time",
                                                ldt(T0 + 15 * S)))),
                        // read as binlog events again
                        biz(
                                T0 + 31 * S,
                                tx(
                                        "cart",
                                        update(
                                                "cart_info",
                                                3,
                                                "sku_num",
                                                4,
                                                "operate_time",
                                                ldt(T0 + 31 * S)))));
        ExpectedDws.SnapshotRead snapshot = new ExpectedDws.SnapshotRead(1, 4, T0);

        assertThat(
                        ExpectedDws.compute(
                                        business, List.of(), new MemoryHistory(), ZONE, W, snapshot)
                                .get(ExpectedDws.CART_ADD))
                .containsExactly(
                        row(T0 - DAY, "cart_add_uu_ct", "1"),
                        row(T0 + W, "cart_add_uu_ct", "1"), // user 6
                        row(T0 + 3 * W, "cart_add_uu_ct", "1")); // user 8, at its first told add
    }

    @Test
    void ordersCountEachUserOncePerDayNewUsersByTheirFirstOrderAndSumAmountsExactly() {
        MemoryHistory history = orderHistory();

        assertThat(compute(orders(), List.of(), history).get(ExpectedDws.ORDER))
                .containsExactly(
                        // user 1 twice (new: its first order is T0 + 1 s); 20.20 + 0.30 + 0.20 at
                        // original prices
                        row(
                                T0,
                                "order_unique_user_count",
                                "1",
                                "order_new_user_count",
                                "1",
                                "order_activity_reduce_amount",
                                "1.01",
                                "order_coupon_reduce_amount",
                                "0.10",
                                "order_original_total_amount",
                                "20.70"),
                        // user 2 ordered before the run: not new
                        row(
                                T0 + W,
                                "order_unique_user_count",
                                "1",
                                "order_new_user_count",
                                "0",
                                "order_activity_reduce_amount",
                                "0.00",
                                "order_coupon_reduce_amount",
                                "0.00",
                                "order_original_total_amount",
                                "5.55"),
                        // user 3's first order: 0.10 + 0.20 exactly
                        row(
                                T0 + 2 * W,
                                "order_unique_user_count",
                                "1",
                                "order_new_user_count",
                                "1",
                                "order_activity_reduce_amount",
                                "0.00",
                                "order_coupon_reduce_amount",
                                "0.00",
                                "order_original_total_amount",
                                "0.30"));
    }

    @Test
    void provinceOrdersCountDistinctOrdersAndSumTheirLines() {
        assertThat(compute(orders(), List.of(), orderHistory()).get(ExpectedDws.PROVINCE_ORDER))
                .containsExactly(
                        row(
                                T0,
                                "province_id",
                                "1",
                                "province_name",
                                "北京",
                                "order_count",
                                "2",
                                "order_amount",
                                "19.59"),
                        row(
                                T0 + W,
                                "province_id",
                                "2",
                                "province_name",
                                "上海",
                                "order_count",
                                "1",
                                "order_amount",
                                "5.55"),
                        row(
                                T0 + 2 * W,
                                "province_id",
                                "1",
                                "province_name",
                                "北京",
                                "order_count",
                                "1",
                                "order_amount",
                                "0.30"));
    }

    @Test
    void userSpuOrdersTakeTheSkusSpuTrademarkAndCategoriesWithNullForUnknownNames() {
        assertThat(compute(orders(), List.of(), orderHistory()).get(ExpectedDws.USER_SPU_ORDER))
                .containsExactly(
                        spuRow(T0, "1", "19.59", "2"),
                        row(
                                T0 + W,
                                "trademark_id",
                                "21",
                                "trademark_name",
                                "TCL",
                                "category1_id",
                                null,
                                "category1_name",
                                null,
                                "category2_id",
                                null,
                                "category2_name",
                                null,
                                "category3_id",
                                "31",
                                "category3_name",
                                null,
                                "user_id",
                                "2",
                                "spu_id",
                                "11",
                                "spu_name",
                                "TCL电视",
                                "order_count",
                                "1",
                                "order_amount",
                                "5.55"),
                        spuRow(T0 + 2 * W, "3", "0.30", "1"));
    }

    @Test
    void paymentsCountEachPayingUserOncePerDayAndNewUsersByTheirFirstPayment() {
        List<Business> business = new ArrayList<>(orders());
        business.add(
                biz(T0 + 20 * S, pay(500, 100, 1, T0 + 25 * S))); // user 1's first payment: new
        business.add(biz(T0 + 21 * S, pay(501, 102, 2, T0 + 26 * S))); // user 2 paid before the run
        business.add(biz(T0 + 22 * S, pay(502, 101, 1, T0 + 27 * S))); // user 1 again the same day
        business.add(
                biz(
                        T0 + 23 * S,
                        pay(503, 999, 9, T0 + 28 * S))); // an order without lines in the run
        // the paid row changing again, to paid again, the next day: not a payment
        business.add(
                biz(
                        T0 + DAY,
                        tx(
                                "x",
                                update(
                                        "payment_info",
                                        500,
                                        "payment_status",
                                        "1602",
                                        "callback_time",
                                        ldt(T0 + DAY)))));
        MemoryHistory history = orderHistory();
        history.firstPayments.put(1L, Instant.ofEpochMilli(T0 + 25 * S));
        history.firstPayments.put(2L, Instant.ofEpochMilli(T0 - 3 * DAY));
        history.firstPayments.put(9L, Instant.ofEpochMilli(T0 + 28 * S));

        assertThat(compute(business, List.of(), history).get(ExpectedDws.PAYMENT_SUC))
                .containsExactly(
                        row(
                                T0 + 2 * W,
                                "payment_suc_unique_user_count",
                                "2",
                                "payment_suc_new_user_count",
                                "1"));
    }
}
