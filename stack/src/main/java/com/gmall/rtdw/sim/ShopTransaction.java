package com.gmall.rtdw.sim;

import java.util.List;

/**
 * Rows the shop writes in one database transaction (an order with its details, activities and
 * coupons commits at once, as the real shop's does).
 *
 * @param action what happened, for progress lines and tests (e.g. {@code order}, {@code pay})
 * @param rows the row changes, in order
 */
public record ShopTransaction(String action, List<RowChange> rows) {
    public ShopTransaction {
        rows = List.copyOf(rows);
    }
}
