package com.gmall.rtdw.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulated shop remembers between steps: the next id of every table it inserts into, the
 * users, open cart lines, orders by status, coupons taken and favourites. Ids are assigned here,
 * not by AUTO_INCREMENT, so a run is the same for the same seed and starting ids.
 */
final class ShopState {
    final Map<String, Long> nextIds = new HashMap<>();
    final List<Long> users = new ArrayList<>();

    /** cart line id by "user:sku", for lines not yet ordered. */
    final Map<String, CartLine> carts = new LinkedHashMap<>();

    final Map<Long, Order> orders = new LinkedHashMap<>();

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

    List<Order> ordersIn(String status) {
        return orders.values().stream().filter(o -> o.status.equals(status)).toList();
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
