package com.gmall.rtdw.check;

import static com.gmall.rtdw.check.ExpectedDws.*;

import com.gmall.rtdw.sim.RowChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The oracle's business side ({@link ExpectedDws}): the shop's facts replayed, and the six trade
 * and user tables.
 */
final class ExpectedTrade {
    private ExpectedTrade() {}

    /** An order line with its order's user, province and time. */
    record Detail(
            long id,
            long orderId,
            long userId,
            Long provinceId,
            long millis,
            long skuId,
            long skuNum,
            BigDecimal orderPrice,
            BigDecimal splitTotal,
            BigDecimal splitActivity,
            BigDecimal splitCoupon) {}

    /** What an order line takes from its order_info. */
    record OrderHead(Long userId, Long provinceId, Long millis) {}

    /** A user's event at a time (a cart add, a paid detail). Lists of them are in write order. */
    record UserEvent(long userId, long millis) {}

    /** The facts the trade tables count, replayed from the transactions in order. */
    static final class ShopFacts {
        final List<Long> registrations = new ArrayList<>();
        final List<UserEvent> cartAdds = new ArrayList<>();
        final List<Detail> details = new ArrayList<>();
        final List<UserEvent> paidDetails = new ArrayList<>();

        private final ZoneId zone;
        private final ShopHistory history;

        /** order_info inserts by order id. */
        private final Map<Long, OrderHead> orders = new HashMap<>();

        private final Map<Long, List<Detail>> detailsByOrder = new HashMap<>();

        /** cart line id to its user and last sku_num. */
        private final Map<Long, Long> cartUser = new HashMap<>();

        private final Map<Long, Long> cartNum = new HashMap<>();
        private final Map<Long, Long> cartCreated = new HashMap<>();
        private final SnapshotRead snapshot;

        /**
         * Whether the transaction being replayed was read by OdsDbApp's snapshot, not as binlog
         * events.
         */
        private boolean readBySnapshot;

        /** payment id to its order id and current status. */
        private final Map<Long, Long> paymentOrder = new HashMap<>();

        private final Map<Long, String> paymentStatus = new HashMap<>();

        private ShopFacts(ZoneId zone, ShopHistory history, SnapshotRead snapshot) {
            this.zone = zone;
            this.history = history;
            this.snapshot = snapshot;
        }

        static ShopFacts replay(
                List<Business> business, ZoneId zone, ShopHistory history, SnapshotRead snapshot) {
            ShopFacts facts = new ShopFacts(zone, history, snapshot);
            for (int i = 0; i < business.size(); i++) {
                Business b = business.get(i);
                facts.readBySnapshot = snapshot.contains(i);
                // order_info first: its details (in the same transaction) take its user, province
                // and time
                for (RowChange row : b.tx().rows()) {
                    if (row.insert() && row.table().equals("order_info")) {
                        facts.orderInfo(row);
                    }
                }
                for (RowChange row : b.tx().rows()) {
                    facts.apply(row);
                }
            }
            return facts;
        }

        private void apply(RowChange row) {
            Map<String, Object> c = row.columns();
            switch (row.table()) {
                case "user_info" -> {
                    if (row.insert() && c.get("create_time") != null) {
                        registrations.add(millis(c.get("create_time")));
                    }
                }
                case "cart_info" -> cart(row);
                case "order_detail" -> {
                    if (row.insert()) {
                        orderDetail(row);
                    }
                }
                case "payment_info" -> payment(row);
                default -> {}
            }
        }

        private void orderInfo(RowChange row) {
            Map<String, Object> c = row.columns();
            Object created = c.get("create_time");
            orders.put(
                    row.id(),
                    new OrderHead(
                            asLong(c.get("user_id")),
                            asLong(c.get("province_id")),
                            created == null ? null : millis(created)));
        }

        /**
         * An insert is an add; an update is one when sku_num grows (or its previous value is
         * unknown), unless a snapshot read it on a line created before the snapshot's period: a
         * snapshot shows a line's final state, not when or how much it grew (its rows are dead
         * letters then).
         */
        private void cart(RowChange row) {
            Map<String, Object> c = row.columns();
            if (row.insert()) {
                cartUser.put(row.id(), asLong(c.get("user_id")));
                cartNum.put(row.id(), asLong(c.get("sku_num")));
                if (c.get("create_time") != null) {
                    cartCreated.put(row.id(), millis(c.get("create_time")));
                }
                addCart(row.id(), c.get("create_time"));
            } else if (c.containsKey("sku_num")) {
                Long now = asLong(c.get("sku_num"));
                Long before = cartNum.put(row.id(), now);
                Long created = cartCreated.get(row.id());
                boolean untold =
                        readBySnapshot && (created == null || created < snapshot.factsFromMillis());
                if (now != null && (before == null || now > before) && !untold) {
                    addCart(row.id(), c.get("operate_time"));
                }
            }
        }

        private void addCart(long cartId, Object time) {
            Long user = cartUser.get(cartId);
            if (user == null) {
                user = history.cartUserId(cartId).orElse(null);
            }
            if (user != null && time != null) {
                cartAdds.add(new UserEvent(user, millis(time)));
            }
        }

        private void orderDetail(RowChange row) {
            Map<String, Object> c = row.columns();
            long orderId = asLong(c.get("order_id"));
            OrderHead order = orders.get(orderId);
            if (order == null || order.userId() == null || order.millis() == null) {
                return; // no order_info in the run: nothing to place the line by
            }
            Detail d =
                    new Detail(
                            row.id(),
                            orderId,
                            order.userId(),
                            order.provinceId(),
                            order.millis(),
                            asLong(c.get("sku_id")),
                            orZero(asLong(c.get("sku_num"))),
                            decimal(c.get("order_price")),
                            decimal(c.get("split_total_amount")),
                            decimal(c.get("split_activity_amount")),
                            decimal(c.get("split_coupon_amount")));
            details.add(d);
            detailsByOrder.computeIfAbsent(orderId, k -> new ArrayList<>()).add(d);
        }

        /**
         * A payment changing to paid (1602) makes each of its order's lines of the run a paid line
         * at callback time.
         */
        private void payment(RowChange row) {
            Map<String, Object> c = row.columns();
            if (row.insert()) {
                paymentOrder.put(row.id(), asLong(c.get("order_id")));
                paymentStatus.put(row.id(), (String) c.get("payment_status"));
                return;
            }
            if (!c.containsKey("payment_status")) {
                return;
            }
            String before = paymentStatus.put(row.id(), (String) c.get("payment_status"));
            Long orderId = paymentOrder.get(row.id());
            if ("1602".equals(c.get("payment_status"))
                    && !"1602".equals(before)
                    && orderId != null
                    && c.get("callback_time") != null) {
                long at = millis(c.get("callback_time"));
                for (Detail d : detailsByOrder.getOrDefault(orderId, List.of())) {
                    paidDetails.add(new UserEvent(d.userId(), at));
                }
            }
        }

        private long millis(Object localDateTime) {
            LocalDateTime t =
                    localDateTime instanceof LocalDateTime l
                            ? l
                            : LocalDateTime.parse(localDateTime.toString(), DATETIME);
            return t.atZone(zone).toInstant().toEpochMilli();
        }
    }

    /** The six business-side tables. */
    static final class Trade {
        private Trade() {}

        static Table register(ShopFacts shop, Clock clock) {
            Table t = new Table(USER_REGISTER, List.of()).count("register_ct");
            shop.registrations.forEach(at -> t.row(clock, at).add("register_ct", 1));
            return t;
        }

        /** Users whose first cart add of the day falls in the window. */
        static Table cartAdd(ShopFacts shop, Clock clock) {
            Table t = new Table(CART_ADD, List.of()).count("cart_add_uu_ct");
            for (UserEvent e :
                    firstPerKeyAndDay(
                            shop.cartAdds, UserEvent::userId, UserEvent::millis, clock.zone())) {
                t.row(clock, e.millis()).add("cart_add_uu_ct", 1);
            }
            return t;
        }

        /**
         * Users whose first paid line of the day falls in the window; new ones paid for the first
         * time then.
         */
        static Table paymentSuc(ShopFacts shop, Clock clock, ShopHistory history) {
            Table t =
                    new Table(PAYMENT_SUC, List.of())
                            .count("payment_suc_unique_user_count")
                            .count("payment_suc_new_user_count");
            for (UserEvent e :
                    firstPerKeyAndDay(
                            shop.paidDetails, UserEvent::userId, UserEvent::millis, clock.zone())) {
                Table.Row r = t.row(clock, e.millis());
                r.add("payment_suc_unique_user_count", 1);
                if (history.firstPaymentTime(e.userId())
                        .equals(Optional.of(Instant.ofEpochMilli(e.millis())))) {
                    r.add("payment_suc_new_user_count", 1);
                }
            }
            return t;
        }

        /**
         * Users whose first order line of the day falls in the window (new ones: that is their
         * first order ever) and the amounts of all lines.
         */
        static Table order(ShopFacts shop, Clock clock, ShopHistory history) {
            Table t =
                    new Table(ORDER, List.of())
                            .count("order_unique_user_count")
                            .count("order_new_user_count")
                            .sum("order_activity_reduce_amount")
                            .sum("order_coupon_reduce_amount")
                            .sum("order_original_total_amount");
            for (Detail d : shop.details) {
                Table.Row r = t.row(clock, d.millis());
                r.add("order_activity_reduce_amount", d.splitActivity());
                r.add("order_coupon_reduce_amount", d.splitCoupon());
                if (d.orderPrice() != null) {
                    r.add(
                            "order_original_total_amount",
                            d.orderPrice().multiply(BigDecimal.valueOf(d.skuNum())));
                }
            }
            for (Detail d :
                    firstPerKeyAndDay(shop.details, Detail::userId, Detail::millis, clock.zone())) {
                Table.Row r = t.row(clock, d.millis());
                r.add("order_unique_user_count", 1);
                if (history.firstOrderTime(d.userId())
                        .equals(Optional.of(Instant.ofEpochMilli(d.millis())))) {
                    r.add("order_new_user_count", 1);
                }
            }
            return t;
        }

        /** Orders and their amount per province. */
        static Table provinceOrder(ShopFacts shop, Clock clock, ShopHistory history) {
            Table t =
                    new Table(PROVINCE_ORDER, List.of("province_id", "province_name"))
                            .distinct("order_count")
                            .sum("order_amount");
            for (Detail d : shop.details) {
                String name =
                        d.provinceId() == null
                                ? null
                                : history.provinceName(d.provinceId()).orElse(null);
                Table.Row r = t.row(clock, d.millis(), id(d.provinceId()), name);
                r.addDistinct("order_count", d.orderId());
                r.add("order_amount", d.splitTotal());
            }
            return t;
        }

        /**
         * Orders and their amount per user and SPU, with the SPU's trademark and categories (names
         * by id).
         */
        static Table userSpuOrder(ShopFacts shop, Clock clock, ShopHistory history) {
            Table t =
                    new Table(
                                    USER_SPU_ORDER,
                                    List.of(
                                            "trademark_id",
                                            "trademark_name",
                                            "category1_id",
                                            "category1_name",
                                            "category2_id",
                                            "category2_name",
                                            "category3_id",
                                            "category3_name",
                                            "user_id",
                                            "spu_id",
                                            "spu_name"))
                            .distinct("order_count")
                            .sum("order_amount");
            for (Detail d : shop.details) {
                SkuDims sku = history.sku(d.skuId()).orElse(new SkuDims(null, null, null));
                Category3 c3 =
                        sku.category3Id() == null
                                ? null
                                : history.category3(sku.category3Id()).orElse(null);
                Long c2Id = c3 == null ? null : c3.category2Id();
                Category2 c2 = c2Id == null ? null : history.category2(c2Id).orElse(null);
                Long c1Id = c2 == null ? null : c2.category1Id();
                Table.Row r =
                        t.row(
                                clock,
                                d.millis(),
                                id(sku.tmId()),
                                name(sku.tmId(), history::trademarkName),
                                id(c1Id),
                                name(c1Id, history::category1Name),
                                id(c2Id),
                                c2 == null ? null : c2.name(),
                                id(sku.category3Id()),
                                c3 == null ? null : c3.name(),
                                id(d.userId()),
                                id(sku.spuId()),
                                name(sku.spuId(), history::spuName));
                r.addDistinct("order_count", d.orderId());
                r.add("order_amount", d.splitTotal());
            }
            return t;
        }

        private static String name(Long id, Function<Long, Optional<String>> lookup) {
            return id == null ? null : lookup.apply(id).orElse(null);
        }
    }
}
