package com.gmall.rtdw.check;

import static com.gmall.rtdw.check.ExpectedDwsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shape of the oracle's output: every table, its columns, restriction to a range and row order.
 */
class ExpectedDwsTest {
    // ---------------------------------------------------------------------------------------------------------
    // Shape

    @Test
    void everyTableIsThereWithItsColumnsInOrderAndNoTs() {
        Map<String, List<Map<String, String>>> all =
                compute(
                        orders(),
                        List.of(
                                log("m1", T0)
                                        .uid("1")
                                        .page("good_list", null, 1000)
                                        .item("小米手机", "keyword")
                                        .json(),
                                log("m1", T0 + S).page("home", "good_list", 1000).json()),
                        orderHistory());

        assertThat(all).containsOnlyKeys(ExpectedDws.COLUMNS.keySet());
        assertThat(ExpectedDws.COLUMNS.get(ExpectedDws.ORDER))
                .containsExactly(
                        "stt",
                        "edt",
                        "order_unique_user_count",
                        "order_new_user_count",
                        "order_activity_reduce_amount",
                        "order_coupon_reduce_amount",
                        "order_original_total_amount");
        all.forEach(
                (table, rows) -> {
                    if (!table.equals(ExpectedDws.USER_REGISTER)
                            && !table.equals(ExpectedDws.CART_ADD)
                            && !table.equals(ExpectedDws.PAYMENT_SUC)) {
                        assertThat(rows).as(table).isNotEmpty();
                    }
                    rows.forEach(
                            r ->
                                    assertThat(List.copyOf(r.keySet()))
                                            .as(table)
                                            .isEqualTo(ExpectedDws.COLUMNS.get(table))
                                            .doesNotContain("ts"));
                });
    }

    @Test
    void restrictToKeepsWindowsInsideTheRange() {
        Map<String, List<Map<String, String>>> all = compute(orders(), List.of(), orderHistory());

        Map<String, List<Map<String, String>>> some =
                ExpectedDws.restrictTo(all, T0 + W, T0 + 2 * W);

        assertThat(some.get(ExpectedDws.PROVINCE_ORDER))
                .extracting(r -> r.get("stt"))
                .containsExactly(s(T0 + W));
        assertThat(some.get(ExpectedDws.ORDER))
                .extracting(r -> r.get("edt"))
                .containsExactly(s(T0 + 2 * W));
        assertThat(some.get(ExpectedDws.KEYWORD)).isEmpty();
    }

    @Test
    void rowsSortByTheirJoinedValues() {
        Map<String, String> a = row(T0, "x", "b");
        Map<String, String> b = row(T0, "x", null);
        Map<String, String> c = row(T0, "x", "a");

        assertThat(ExpectedDws.sorted(List.of(a, b, c))).containsExactly(b, c, a);
    }
}
