package com.gmall.rtdw.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulated shop remembers between steps: the next id of every table it inserts into, the
 * users, open cart lines, orders by status, coupons taken and favourites. Ids are assigned here,
 * not by AUTO_INCREMENT, so a run is the same for the same seed and starting ids.
 */
final class ShopState {
    private static final String FINISHED = "1004";
    private static final Set<String> FINAL_STATUSES = Set.of("1003", "1006");

    final Map<String, Long> nextIds = new HashMap<>();
    final List<Long> users = new ArrayList<>();

    /** cart line id by "user:sku", for lines not yet ordered. */
    final Map<String, CartLine> carts = new LinkedHashMap<>();

    /** Orders not yet in a final status (cancelled 1003, refunded 1006), by id. */
    final Map<Long, Order> orders = new HashMap<>();

    private final Map<String, OrdersById> byStatus = new HashMap<>();

    /** Finished orders (1004) without a comment yet. */
    private final OrdersById toComment = new OrdersById();

    /** unused coupon_use rows: id to (coupon id, user). */
    final Map<Long, long[]> unusedCoupons = new LinkedHashMap<>();

    /** favor_info id to user, for favourites not cancelled. */
    final Map<Long, Long> favors = new LinkedHashMap<>();

    ShopState(Map<String, Long> lastIds, List<Long> existingUsers) {
        lastIds.forEach((table, last) -> nextIds.put(table, last + 1));
        users.addAll(existingUsers);
    }

    long nextId(String table) {
        long id = nextIds.getOrDefault(table, 1L);
        nextIds.put(table, id + 1);
        return id;
    }

    /** Adds an order in the status it has. */
    void add(Order order) {
        orders.put(order.id, order);
        index(order);
    }

    /** Moves {@code order} to {@code status}; a final status forgets it. */
    void setStatus(Order order, String status) {
        unindex(order);
        order.status = status;
        if (FINAL_STATUSES.contains(status)) {
            orders.remove(order.id);
        } else {
            index(order);
        }
    }

    void markCommented(Order order) {
        order.commented = true;
        toComment.remove(order);
    }

    /** The orders in {@code status}, ascending id; a live view. */
    List<Order> ordersIn(String status) {
        OrdersById in = byStatus.get(status);
        return in == null ? List.of() : in.list();
    }

    /** Finished orders without a comment, ascending id; a live view. */
    List<Order> finishedWithoutComment() {
        return toComment.list();
    }

    private void index(Order order) {
        byStatus.computeIfAbsent(order.status, s -> new OrdersById()).add(order);
        if (order.status.equals(FINISHED) && !order.commented) {
            toComment.add(order);
        }
    }

    private void unindex(Order order) {
        OrdersById in = byStatus.get(order.status);
        if (in != null) {
            in.remove(order);
        }
        toComment.remove(order);
    }

    /** An open cart line. */
    static final class CartLine {
        final long id;
        final long userId;
        final long skuId;
        long skuNum;

        CartLine(long id, long userId, long skuId, long skuNum) {
            this.id = id;
            this.userId = userId;
            this.skuId = skuId;
            this.skuNum = skuNum;
        }
    }

    /** An order and what later steps need of it. */
    static final class Order {
        final long id;
        final long userId;
        final List<Detail> details = new ArrayList<>();
        String status = "1001";
        String paymentType;
        long paymentId;
        long couponUseId;
        long couponId;
        boolean commented;
        long refundId;
        long refundPaymentId;

        Order(long id, long userId) {
            this.id = id;
            this.userId = userId;
        }
    }

    /** An order line. */
    record Detail(long id, long skuId, long skuNum, BigDecimal price, BigDecimal total) {}
}
