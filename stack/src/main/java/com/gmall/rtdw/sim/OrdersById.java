package com.gmall.rtdw.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Orders in ascending id, whatever order they arrive in: a seeded pick by index is then the same as
 * a pick from all orders filtered in creation order, which is what keeps a run reproducible,
 * without filtering every order the shop ever had at every step.
 */
final class OrdersById {
    private final List<ShopState.Order> orders = new ArrayList<>();
    private final List<ShopState.Order> view = Collections.unmodifiableList(orders);

    void add(ShopState.Order order) {
        int at = position(order.id);
        if (at < 0) {
            orders.add(-at - 1, order);
        }
    }

    void remove(ShopState.Order order) {
        int at = position(order.id);
        if (at >= 0) {
            orders.remove(at);
        }
    }

    /** The orders, ascending id; a live view. */
    List<ShopState.Order> list() {
        return view;
    }

    /**
     * Binary search; as {@link Collections#binarySearch}, {@code -(insertion point) - 1} if absent.
     */
    private int position(long id) {
        int low = 0;
        int high = orders.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = orders.get(mid).id;
            if (at < id) {
                low = mid + 1;
            } else if (at > id) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
