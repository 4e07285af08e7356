package com.gmall.rtdw.check;

import static com.gmall.rtdw.check.ExpectedDws.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ShopHistory} from the business database (MariaDB {@code gmall}), values bound, each answer
 * cached. DATETIME columns are local times of the warehouse zone.
 */
public final class JdbcShopHistory implements ExpectedDws.ShopHistory {
    private final Connection connection;
    private final ZoneId zone;
    private final Map<String, Optional<?>> cache = new HashMap<>();

    public JdbcShopHistory(Connection connection, ZoneId zone) {
        this.connection = Objects.requireNonNull(connection);
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public Optional<SkuDims> sku(long skuId) {
        return query(
                "SELECT spu_id, tm_id, category3_id FROM sku_info WHERE id = ?",
                skuId,
                rs -> new SkuDims(longOrNull(rs, 1), longOrNull(rs, 2), longOrNull(rs, 3)));
    }

    @Override
    public Optional<String> spuName(long spuId) {
        return query("SELECT spu_name FROM spu_info WHERE id = ?", spuId, rs -> rs.getString(1));
    }

    @Override
    public Optional<String> trademarkName(long tmId) {
        return query(
                "SELECT tm_name FROM base_trademark WHERE id = ?", tmId, rs -> rs.getString(1));
    }

    @Override
    public Optional<Category3> category3(long category3Id) {
        return query(
                "SELECT name, category2_id FROM base_category3 WHERE id = ?",
                category3Id,
                rs -> new Category3(rs.getString(1), longOrNull(rs, 2)));
    }

    @Override
    public Optional<Category2> category2(long category2Id) {
        return query(
                "SELECT name, category1_id FROM base_category2 WHERE id = ?",
                category2Id,
                rs -> new Category2(rs.getString(1), longOrNull(rs, 2)));
    }

    @Override
    public Optional<String> category1Name(long category1Id) {
        return query(
                "SELECT name FROM base_category1 WHERE id = ?", category1Id, rs -> rs.getString(1));
    }

    @Override
    public Optional<String> provinceName(long provinceId) {
        return query(
                "SELECT name FROM base_province WHERE id = ?", provinceId, rs -> rs.getString(1));
    }

    @Override
    public Optional<Instant> firstOrderTime(long userId) {
        return query(
                "SELECT MIN(create_time) FROM order_info WHERE user_id = ?",
                userId,
                this::instantOrNull);
    }

    @Override
    public Optional<Instant> firstPaymentTime(long userId) {
        return query(
                "SELECT MIN(callback_time) FROM payment_info WHERE user_id = ? AND callback_time IS NOT NULL",
                userId,
                this::instantOrNull);
    }

    @Override
    public Optional<Long> cartUserId(long cartId) {
        // cart_info.user_id is varchar
        return query(
                "SELECT user_id FROM cart_info WHERE id = ?",
                cartId,
                rs -> rs.getString(1) == null ? null : Long.valueOf(rs.getString(1).trim()));
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The first row's value (empty when there is no row or the value is null), cached per statement
     * and id.
     */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> query(String sql, long id, Reader<T> reader) {
        String key = sql + "#" + id;
        Optional<?> cached = cache.get(key);
        if (cached != null) {
            return (Optional<T>) cached;
        }
        Optional<T> value;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                value = rs.next() ? Optional.ofNullable(reader.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql + " with " + id, e);
        }
        cache.put(key, value);
        return value;
    }

    private Instant instantOrNull(ResultSet rs) throws SQLException {
        LocalDateTime t = rs.getObject(1, LocalDateTime.class);
        return t == null ? null : t.atZone(zone).toInstant();
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
