package com.gmall.rtdw.sim;

import com.gmall.rtdw.sim.ShopState.CartLine;
import com.gmall.rtdw.sim.ShopState.Detail;
import com.gmall.rtdw.sim.ShopState.Order;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Picks up where an earlier run left the shop, so a second {@code gen} moves the first one's open
 * orders on (payment, completion, refunds), uses its coupons and re-adds to its carts instead of
 * stranding them.
 */
final class ShopStateLoader {
    private ShopStateLoader() {}

    static void resume(Connection c, ShopState state) throws SQLException {
        // comment_info has no index on order_id: a correlated EXISTS scanned it once per open
        // order (22 s after 300,000 events); one DISTINCT pass joined to the orders is linear
        try (ResultSet rs =
                query(
                        c,
                        "SELECT o.id, o.user_id, o.order_status, (SELECT MAX(p.payment_type) FROM "
                                + "payment_info p WHERE p.order_id = o.id), (SELECT MAX(r.id) FROM order_refund_info r WHERE "
                                + "r.order_id = o.id), (SELECT MAX(r.id) FROM refund_payment r WHERE r.order_id = o.id), "
                                + "m.order_id IS NOT NULL FROM order_info o LEFT JOIN (SELECT DISTINCT order_id FROM "
                                + "comment_info) m ON m.order_id = o.id WHERE o.order_status IN "
                                + "('1001', '1002', '1004', '1005') ORDER BY o.id")) {
            while (rs.next()) {
                Order order = new Order(rs.getLong(1), rs.getLong(2));
                order.status = rs.getString(3);
                order.paymentType = rs.getString(4) == null ? "1101" : rs.getString(4);
                order.refundId = rs.getLong(5);
                order.refundPaymentId = rs.getLong(6);
                order.commented = rs.getBoolean(7);
                state.add(order);
            }
        }
        try (ResultSet rs =
                query(
                        c,
                        "SELECT d.id, d.order_id, d.sku_id, d.sku_num, d.order_price, d.split_total_amount "
                                + "FROM order_detail d JOIN order_info o ON o.id = d.order_id WHERE o.order_status IN "
                                + "('1001', '1002', '1004', '1005') ORDER BY d.id")) {
            while (rs.next()) {
                Order order = state.orders.get(rs.getLong(2));
                order.details.add(
                        new Detail(
                                rs.getLong(1),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getBigDecimal(5),
                                rs.getBigDecimal(6)));
            }
        }
        try (ResultSet rs =
                query(
                        c,
                        "SELECT id, coupon_id, user_id, order_id, coupon_status FROM coupon_use "
                                + "WHERE coupon_status IN ('1401', '1402') ORDER BY id")) {
            while (rs.next()) {
                if (rs.getString(5).equals("1401")) {
                    state.unusedCoupons.put(
                            rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                } else if (state.orders.containsKey(rs.getLong(4))) {
                    Order order = state.orders.get(rs.getLong(4));
                    order.couponUseId = rs.getLong(1);
                    order.couponId = rs.getLong(2);
                }
            }
        }
        try (ResultSet rs =
                query(
                        c,
                        "SELECT id, user_id, sku_id, sku_num FROM cart_info WHERE is_ordered = 0 ORDER BY id")) {
            while (rs.next()) {
                CartLine line =
                        new CartLine(
                                rs.getLong(1),
                                Long.parseLong(rs.getString(2)),
                                rs.getLong(3),
                                rs.getLong(4));
                state.carts.put(line.userId + ":" + line.skuId, line);
            }
        }
        try (ResultSet rs =
                query(c, "SELECT id, user_id FROM favor_info WHERE is_cancel = '0' ORDER BY id")) {
            while (rs.next()) {
                state.favors.put(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    private static ResultSet query(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }
}
