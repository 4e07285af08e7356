package com.gmall.rtdw.sim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalogue and the last id of every table the simulator inserts into from the business
 * database.
 */
final class CatalogueLoader {
    static final List<String> TABLES =
            List.of(
                    "user_info",
                    "cart_info",
                    "order_info",
                    "order_detail",
                    "order_detail_activity",
                    "order_detail_coupon",
                    "payment_info",
                    "order_refund_info",
                    "refund_payment",
                    "coupon_use",
                    "favor_info",
                    "comment_info");

    private CatalogueLoader() {}

    static Catalogue load(Connection c) throws SQLException {
        List<Catalogue.Sku> skus = new ArrayList<>();
        try (ResultSet rs =
                query(
                        c,
                        "SELECT id, spu_id, sku_name, price FROM sku_info WHERE is_sale = 1 ORDER BY id")) {
            while (rs.next()) {
                skus.add(
                        new Catalogue.Sku(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getBigDecimal(4)));
            }
        }
        if (skus.isEmpty()) {
            throw new IllegalStateException(
                    "no SKU on sale in gmall.sku_info: load ddl/mysql/gmall.sql first");
        }
        List<Catalogue.Coupon> coupons = new ArrayList<>();
        try (ResultSet rs =
                query(
                        c,
                        "SELECT id, COALESCE(condition_amount, 0), benefit_amount FROM coupon_info "
                                + "WHERE benefit_amount IS NOT NULL ORDER BY id")) {
            while (rs.next()) {
                coupons.add(
                        new Catalogue.Coupon(
                                rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
            }
        }
        Map<Long, List<Long>> skusByActivity = new LinkedHashMap<>();
        try (ResultSet rs =
                query(
                        c,
                        "SELECT activity_id, sku_id FROM activity_sku ORDER BY activity_id, sku_id")) {
            while (rs.next()) {
                skusByActivity
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2));
            }
        }
        List<Catalogue.Activity> activities = new ArrayList<>();
        try (ResultSet rs =
                query(
                        c,
                        "SELECT activity_id, MIN(id), MAX(COALESCE(benefit_amount, 0)) FROM activity_rule "
                                + "GROUP BY activity_id ORDER BY activity_id")) {
            while (rs.next()) {
                activities.add(
                        new Catalogue.Activity(
                                rs.getLong(1),
                                rs.getLong(2),
                                skusByActivity.getOrDefault(rs.getLong(1), List.of()),
                                rs.getBigDecimal(3)));
            }
        }
        List<Catalogue.Province> provinces = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT id, area_code FROM base_province ORDER BY id")) {
            while (rs.next()) {
                provinces.add(new Catalogue.Province(rs.getLong(1), rs.getString(2)));
            }
        }
        List<Long> users = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT id FROM user_info ORDER BY id")) {
            while (rs.next()) {
                users.add(rs.getLong(1));
            }
        }
        return new Catalogue(skus, coupons, activities, provinces, users);
    }

    /** The largest id of each table the simulator inserts into (0 for an empty table). */
    static Map<String, Long> lastIds(Connection c) throws SQLException {
        Map<String, Long> last = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (ResultSet rs = query(c, "SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rs.next();
                last.put(table, rs.getLong(1));
            }
        }
        return last;
    }

    private static ResultSet query(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }
}
