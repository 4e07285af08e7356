package com.gmall.rtdw.sim;

import static com.gmall.rtdw.sim.ShopRows.row;

import com.gmall.rtdw.sim.Catalogue.Activity;
import com.gmall.rtdw.sim.Catalogue.Coupon;
import com.gmall.rtdw.sim.Catalogue.Sku;
import com.gmall.rtdw.sim.ShopState.CartLine;
import com.gmall.rtdw.sim.ShopState.Detail;
import com.gmall.rtdw.sim.ShopState.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The rows of one order, written in one transaction: order_info (1001), its details with their
 * shares of the discounts, order_detail_activity for SKUs under an activity, order_detail_coupon
 * and the coupon moving to 1402 when the user holds an unused coupon whose threshold the order
 * reaches, and the cart lines it came from marked ordered. Amounts are exact: an activity takes 5 %
 * of a covered line (rounded down to the cent), a coupon its benefit from the first line, capped at
 * that line's amount; split_total_amount is what remains, and the order's totals are their sums.
 */
final class OrderWriter {
    private static final BigDecimal ACTIVITY_SHARE = new BigDecimal("0.05");

    private final Random random;
    private final SimClock clock;
    private final Catalogue catalogue;
    private final ShopState state;
    private final ShopRows rows;

    OrderWriter(
            Random random, SimClock clock, Catalogue catalogue, ShopState state, ShopRows rows) {
        this.random = random;
        this.clock = clock;
        this.catalogue = catalogue;
        this.state = state;
        this.rows = rows;
    }

    List<RowChange> write(Order order, List<Sku> skus) {
        List<RowChange> changes = new ArrayList<>();
        List<RowChange> lines = new ArrayList<>();
        BigDecimal original = BigDecimal.ZERO;
        BigDecimal activityTotal = BigDecimal.ZERO;
        BigDecimal couponTotal = BigDecimal.ZERO;
        List<Long> nums = new ArrayList<>();
        BigDecimal orderAmount = BigDecimal.ZERO;
        for (Sku sku : skus) {
            nums.add(1L + random.nextInt(3));
            orderAmount =
                    orderAmount.add(
                            sku.price().multiply(BigDecimal.valueOf(nums.get(nums.size() - 1))));
        }
        Map.Entry<Long, long[]> coupon = usableCoupon(order.userId, orderAmount);
        for (int i = 0; i < skus.size(); i++) {
            Sku sku = skus.get(i);
            long num = nums.get(i);
            BigDecimal amount =
                    sku.price()
                            .multiply(BigDecimal.valueOf(num))
                            .setScale(2, RoundingMode.UNNECESSARY);
            Activity activity = activityOf(sku);
            BigDecimal activityCut =
                    activity == null
                            ? BigDecimal.ZERO.setScale(2)
                            : amount.multiply(ACTIVITY_SHARE).setScale(2, RoundingMode.DOWN);
            BigDecimal couponCut = BigDecimal.ZERO.setScale(2);
            if (i == 0 && coupon != null) {
                couponCut = couponBenefit(coupon.getValue()[0]).min(amount.subtract(activityCut));
            }
            BigDecimal total = amount.subtract(activityCut).subtract(couponCut);
            long detailId = state.nextId("order_detail");
            order.details.add(new Detail(detailId, sku.id(), num, sku.price(), total));
            String sourceType = "240" + (1 + random.nextInt(4));
            lines.add(
                    RowChange.insert(
                            "order_detail",
                            detailId,
                            row(
                                    "id",
                                    detailId,
                                    "order_id",
                                    order.id,
                                    "sku_id",
                                    sku.id(),
                                    "sku_name",
                                    sku.name(),
                                    "img_url",
                                    null,
                                    "order_price",
                                    sku.price(),
                                    "sku_num",
                                    num,
                                    "create_time",
                                    clock.local(),
                                    "source_type",
                                    sourceType,
                                    "source_id",
                                    sourceType.equals("2401")
                                            ? null
                                            : (long) (1 + random.nextInt(20)),
                                    "split_total_amount",
                                    total,
                                    "split_activity_amount",
                                    activityCut,
                                    "split_coupon_amount",
                                    couponCut)));
            if (activity != null) {
                long id = state.nextId("order_detail_activity");
                lines.add(
                        RowChange.insert(
                                "order_detail_activity",
                                id,
                                row(
                                        "id",
                                        id,
                                        "order_id",
                                        order.id,
                                        "order_detail_id",
                                        detailId,
                                        "activity_id",
                                        activity.id(),
                                        "activity_rule_id",
                                        activity.ruleId(),
                                        "sku_id",
                                        sku.id(),
                                        "create_time",
                                        clock.local())));
            }
            if (i == 0 && coupon != null) {
                long id = state.nextId("order_detail_coupon");
                lines.add(
                        RowChange.insert(
                                "order_detail_coupon",
                                id,
                                row(
                                        "id",
                                        id,
                                        "order_id",
                                        order.id,
                                        "order_detail_id",
                                        detailId,
                                        "coupon_id",
                                        coupon.getValue()[0],
                                        "coupon_use_id",
                                        coupon.getKey(),
                                        "sku_id",
                                        sku.id(),
                                        "create_time",
                                        clock.local())));
            }
            original = original.add(amount);
            activityTotal = activityTotal.add(activityCut);
            couponTotal = couponTotal.add(couponCut);
        }
        changes.add(orderInfo(order, original, activityTotal, couponTotal));
        changes.addAll(lines);
        if (coupon != null) {
            order.couponUseId = coupon.getKey();
            order.couponId = coupon.getValue()[0];
            state.unusedCoupons.remove(coupon.getKey());
            changes.add(rows.couponUsing(coupon.getKey(), order.id));
        }
        for (Sku sku : skus) {
            CartLine line = state.carts.remove(order.userId + ":" + sku.id());
            if (line != null) {
                changes.add(rows.cartOrdered(line));
            }
        }
        return changes;
    }

    private RowChange orderInfo(
            Order order, BigDecimal original, BigDecimal activity, BigDecimal coupon) {
        long province =
                catalogue.provinces().get(random.nextInt(catalogue.provinces().size())).id();
        return RowChange.insert(
                "order_info",
                order.id,
                row(
                        "id",
                        order.id,
                        "consignee",
                        "收件人" + order.userId,
                        "consignee_tel",
                        "139" + String.format("%08d", order.userId % 100_000_000),
                        "total_amount",
                        original.subtract(activity).subtract(coupon),
                        "order_status",
                        "1001",
                        "user_id",
                        order.userId,
                        "payment_way",
                        "3501",
                        "delivery_address",
                        "第" + (1 + random.nextInt(99)) + "大街",
                        "order_comment",
                        null,
                        "out_trade_no",
                        "T" + order.id,
                        "trade_body",
                        "gmall order " + order.id,
                        "create_time",
                        clock.local(),
                        "operate_time",
                        null,
                        "expire_time",
                        clock.local(15 * 60_000),
                        "process_status",
                        null,
                        "tracking_no",
                        null,
                        "parent_order_id",
                        null,
                        "img_url",
                        null,
                        "province_id",
                        province,
                        "activity_reduce_amount",
                        activity,
                        "coupon_reduce_amount",
                        coupon,
                        "original_total_amount",
                        original,
                        "feight_fee",
                        BigDecimal.ZERO.setScale(2),
                        "feight_fee_reduce",
                        null,
                        "refundable_time",
                        clock.local(7L * 86_400_000)));
    }

    /** The user's first unused coupon whose threshold the order reaches, if any. */
    private Map.Entry<Long, long[]> usableCoupon(long user, BigDecimal orderAmount) {
        return state.unusedCoupons.entrySet().stream()
                .filter(e -> e.getValue()[1] == user)
                .filter(
                        e ->
                                catalogue.coupons().stream()
                                        .anyMatch(
                                                c ->
                                                        c.id() == e.getValue()[0]
                                                                && orderAmount.compareTo(
                                                                                c.conditionAmount())
                                                                        >= 0))
                .findFirst()
                .orElse(null);
    }

    private BigDecimal couponBenefit(long couponId) {
        return catalogue.coupons().stream()
                .filter(c -> c.id() == couponId)
                .map(Coupon::benefitAmount)
                .findFirst()
                .orElse(BigDecimal.ZERO)
                .setScale(2, RoundingMode.DOWN);
    }

    private Activity activityOf(Sku sku) {
        return catalogue.activities().stream()
                .filter(a -> a.skuIds().contains(sku.id()))
                .findFirst()
                .orElse(null);
    }
}
