package com.gmall.rtdw.sim;

import com.gmall.rtdw.sim.Catalogue.Sku;
import com.gmall.rtdw.sim.ShopState.CartLine;
import com.gmall.rtdw.sim.ShopState.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The shop's business activity, one transaction per call, as the 2022 gmall generator shapes it
 * (docs/architecture.md, Appendices A and B): registrations; cart adds and re-adds; orders with
 * details, activities and coupons in one transaction; payments (payment_info 1601, then 1602 with
 * its callback time; order 1001 to 1002; coupon 1402 to 1403); cancellations (1001 to 1003);
 * completions (1002 to 1004); refunds (1004 to 1005 with order_refund_info and refund_payment, then
 * 1005 to 1006 with both at 0705); coupons taken (1401); favourites added and cancelled; comments
 * on completed orders. Pure: the same seed, catalogue and state give the same transactions.
 */
final class Shop {
    private static final String[] ACTIONS = {
        "register",
        "cart",
        "order",
        "pay",
        "cancel",
        "finish",
        "refund",
        "refund_done",
        "coupon",
        "favor",
        "comment"
    };
    private static final int[] WEIGHTS = {6, 20, 14, 14, 3, 8, 3, 3, 6, 8, 4};

    private final Random random;
    private final Catalogue catalogue;
    private final ShopState state;
    private final SimClock clock;
    private final int targetUsers;
    private final ShopRows rows;

    Shop(long seed, Catalogue catalogue, ShopState state, SimClock clock, int targetUsers) {
        this.random = new Random(seed);
        this.catalogue = catalogue;
        this.state = state;
        this.clock = clock;
        this.targetUsers = targetUsers;
        this.rows = new ShopRows(random, clock);
    }

    /**
     * The next business transaction; an action that is not possible now (no order to pay yet) falls
     * back to a cart add.
     */
    ShopTransaction next() {
        String action = state.users.size() < Math.min(3, targetUsers) ? "register" : pick();
        Optional<ShopTransaction> tx =
                switch (action) {
                    case "register" ->
                            state.users.size() < targetUsers
                                    ? Optional.of(register())
                                    : Optional.empty();
                    case "cart" -> Optional.of(cartAdd());
                    case "order" -> Optional.of(order());
                    case "pay" -> any(state.ordersIn("1001")).map(this::pay);
                    case "cancel" ->
                            any(state.ordersIn("1001")).map(o -> status(o, "1003", "cancel"));
                    case "finish" ->
                            any(state.ordersIn("1002")).map(o -> status(o, "1004", "finish"));
                    case "refund" -> any(state.ordersIn("1004")).map(this::refund);
                    case "refund_done" -> any(state.ordersIn("1005")).map(this::refundDone);
                    case "coupon" ->
                            catalogue.coupons().isEmpty()
                                    ? Optional.empty()
                                    : Optional.of(couponGet());
                    case "favor" -> Optional.of(favor());
                    case "comment" -> any(state.finishedWithoutComment()).map(this::comment);
                    default -> throw new IllegalStateException(action);
                };
        return tx.orElseGet(this::cartAdd);
    }

    private String pick() {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return ACTIONS[i];
            }
        }
        return ACTIONS[0];
    }

    private ShopTransaction register() {
        long id = state.nextId("user_info");
        state.users.add(id);
        return new ShopTransaction("register", List.of(rows.user(id)));
    }

    private ShopTransaction cartAdd() {
        long user = anyUser();
        Sku sku = anySku();
        String key = user + ":" + sku.id();
        CartLine line = state.carts.get(key);
        long added = 1 + random.nextInt(3);
        if (line != null) {
            line.skuNum += added;
            return new ShopTransaction("cart", List.of(rows.cartUpdate(line)));
        }
        line = new CartLine(state.nextId("cart_info"), user, sku.id(), added);
        state.carts.put(key, line);
        return new ShopTransaction("cart", List.of(rows.cartInsert(line, sku)));
    }

    private ShopTransaction order() {
        long user = anyUser();
        List<Sku> skus = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Sku sku = anySku();
            if (skus.stream().noneMatch(s -> s.id() == sku.id())) {
                skus.add(sku);
            }
        }
        Order order = new Order(state.nextId("order_info"), user);
        order.paymentType = "110" + (1 + random.nextInt(3));
        List<RowChange> changes =
                new OrderWriter(random, clock, catalogue, state, rows).write(order, skus);
        state.add(order);
        return new ShopTransaction("order", changes);
    }

    private ShopTransaction pay(Order order) {
        state.setStatus(order, "1002");
        order.paymentId = state.nextId("payment_info");
        List<RowChange> changes = new ArrayList<>(rows.payment(order));
        changes.add(rows.orderStatus(order, "1002"));
        if (order.couponUseId != 0) {
            changes.add(rows.couponUsed(order.couponUseId));
        }
        return new ShopTransaction("pay", changes);
    }

    private ShopTransaction status(Order order, String status, String action) {
        state.setStatus(order, status);
        List<RowChange> changes = new ArrayList<>(List.of(rows.orderStatus(order, status)));
        if (status.equals("1003") && order.couponUseId != 0) {
            changes.add(rows.couponReleased(order.couponUseId));
            state.unusedCoupons.put(order.couponUseId, new long[] {order.couponId, order.userId});
        }
        return new ShopTransaction(action, changes);
    }

    private ShopTransaction refund(Order order) {
        state.setStatus(order, "1005");
        order.refundId = state.nextId("order_refund_info");
        order.refundPaymentId = state.nextId("refund_payment");
        ShopState.Detail detail = order.details.get(random.nextInt(order.details.size()));
        return new ShopTransaction(
                "refund",
                List.of(
                        rows.orderStatus(order, "1005"),
                        rows.refundRequest(order, detail),
                        rows.refundPayment(order, detail)));
    }

    private ShopTransaction refundDone(Order order) {
        state.setStatus(order, "1006");
        return new ShopTransaction(
                "refund_done",
                List.of(
                        rows.orderStatus(order, "1006"),
                        rows.refundRequestDone(order.refundId),
                        rows.refundPaymentDone(order.refundPaymentId)));
    }

    private ShopTransaction couponGet() {
        Catalogue.Coupon coupon =
                catalogue.coupons().get(random.nextInt(catalogue.coupons().size()));
        long user = anyUser();
        long id = state.nextId("coupon_use");
        state.unusedCoupons.put(id, new long[] {coupon.id(), user});
        return new ShopTransaction("coupon", List.of(rows.couponGet(id, coupon.id(), user)));
    }

    private ShopTransaction favor() {
        if (!state.favors.isEmpty() && random.nextInt(4) == 0) {
            long id = state.favors.keySet().iterator().next();
            state.favors.remove(id);
            return new ShopTransaction("favor_cancel", List.of(rows.favorCancel(id)));
        }
        long id = state.nextId("favor_info");
        long user = anyUser();
        state.favors.put(id, user);
        return new ShopTransaction("favor", List.of(rows.favorAdd(id, user, anySku())));
    }

    private ShopTransaction comment(Order order) {
        state.markCommented(order);
        ShopState.Detail detail = order.details.get(0);
        Sku sku =
                catalogue.skus().stream()
                        .filter(s -> s.id() == detail.skuId())
                        .findFirst()
                        .orElseThrow();
        return new ShopTransaction(
                "comment", List.of(rows.comment(state.nextId("comment_info"), order, sku)));
    }

    private long anyUser() {
        return state.users.get(random.nextInt(state.users.size()));
    }

    private Sku anySku() {
        return catalogue.skus().get(random.nextInt(catalogue.skus().size()));
    }

    private <T> Optional<T> any(List<T> items) {
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(items.get(random.nextInt(items.size())));
    }
}
