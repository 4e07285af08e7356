package com.gmall.rtdw.sim;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the shop sells and offers, read from the business database's dimension tables
 * (ddl/mysql/gmall.sql).
 *
 * @param skus products
 * @param coupons coupons users can take
 * @param activities promotion activities with the SKUs they cover
 * @param areaCodes the provinces' area codes (app logs' {@code ar}) by province id
 * @param existingUserIds users already registered
 */
public record Catalogue(
        List<Sku> skus,
        List<Coupon> coupons,
        List<Activity> activities,
        List<Province> provinces,
        List<Long> existingUserIds) {

    /** A product. */
    public record Sku(long id, long spuId, String name, BigDecimal price) {}

    /** A coupon: a cash reduction once the order reaches {@code conditionAmount}. */
    public record Coupon(long id, BigDecimal conditionAmount, BigDecimal benefitAmount) {}

    /** An activity: a reduction of {@code benefitAmount} per order line of a covered SKU. */
    public record Activity(long id, long ruleId, List<Long> skuIds, BigDecimal benefitAmount) {}

    /** A province and its area code. */
    public record Province(long id, String areaCode) {}
}
