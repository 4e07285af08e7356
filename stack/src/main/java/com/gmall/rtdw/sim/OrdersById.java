package com.gmall.rtdw.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Orders in ascending id, whatever order they arrive in: a seeded pick by index is then the same as
 * a pick from all orders filtered in creation order, which is what keeps a run reproducible,
 * without filtering every order the shop ever had at every step.
 */
final class OrdersById {
    private static final Comparator<ShopState.Order> BY_ID = Comparator.comparingLong(o -> o.id);

    private final List<ShopState.Order> orders = new ArrayList<>();
    private final List<ShopState.Order> view = Collections.unmodifiableList(orders);

    void add(ShopState.Order order) {
        int at = Collections.binarySearch(orders, order, BY_ID);
        if (at < 0) {
            orders.add(-at - 1, order);
        }
    }

    void remove(ShopState.Order order) {
        int at = Collections.binarySearch(orders, order, BY_ID);
        if (at >= 0) {
            orders.remove(at);
        }
    }

    /** The orders, ascending id; a live view. */
    List<ShopState.Order> list() {
        return view;
    }
}
