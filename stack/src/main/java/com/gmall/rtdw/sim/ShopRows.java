package com.gmall.rtdw.sim;

import com.gmall.rtdw.sim.Catalogue.Sku;
import com.gmall.rtdw.sim.ShopState.CartLine;
import com.gmall.rtdw.sim.ShopState.Detail;
import com.gmall.rtdw.sim.ShopState.Order;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The rows of each business table as the shop writes them (columns of docs/architecture.md Appendix
 * A, codes of its Appendix B).
 */
final class ShopRows {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟", "强"
    };

    private final Random random;
    private final SimClock clock;

    ShopRows(Random random, SimClock clock) {
        this.random = random;
        this.clock = clock;
    }

    RowChange user(long id) {
        String name =
                SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        return RowChange.insert(
                "user_info",
                id,
                row(
                        "id",
                        id,
                        "login_name",
                        "user" + id,
                        "nick_name",
                        name,
                        "passwd",
                        null,
                        "name",
                        name,
                        "phone_num",
                        "13" + String.format("%09d", random.nextInt(1_000_000_000)),
                        "email",
                        "user" + id + "@example.com",
                        "head_img",
                        null,
                        "user_level",
                        "1",
                        "birthday",
                        LocalDate.of(
                                1960 + random.nextInt(45),
                                1 + random.nextInt(12),
                                1 + random.nextInt(28)),
                        "gender",
                        random.nextBoolean() ? "M" : "F",
                        "create_time",
                        clock.local(),
                        "operate_time",
                        null,
                        "status",
                        null));
    }

    RowChange cartInsert(CartLine line, Sku sku) {
        String sourceType = "240" + (1 + random.nextInt(4));
        return RowChange.insert(
                "cart_info",
                line.id,
                row(
                        "id",
                        line.id,
                        "user_id",
                        Long.toString(line.userId),
                        "sku_id",
                        sku.id(),
                        "cart_price",
                        sku.price(),
                        "sku_num",
                        line.skuNum,
                        "img_url",
                        null,
                        "sku_name",
                        sku.name(),
                        "is_checked",
                        0,
                        "create_time",
                        clock.local(),
                        "operate_time",
                        null,
                        "is_ordered",
                        0,
                        "order_time",
                        null,
                        "source_type",
                        sourceType,
                        "source_id",
                        sourceType.equals("2401") ? null : (long) (1 + random.nextInt(20))));
    }

    RowChange cartUpdate(CartLine line) {
        return RowChange.update(
                "cart_info", line.id, row("sku_num", line.skuNum, "operate_time", clock.local()));
    }

    RowChange cartOrdered(CartLine line) {
        return RowChange.update(
                "cart_info", line.id, row("is_ordered", 1, "order_time", clock.local()));
    }

    RowChange orderStatus(Order order, String status) {
        return RowChange.update(
                "order_info", order.id, row("order_status", status, "operate_time", clock.local()));
    }

    /**
     * payment_info is written unpaid (1601) and confirmed (1602) by the payment callback seconds
     * later.
     */
    List<RowChange> payment(Order order) {
        BigDecimal total =
                order.details.stream().map(Detail::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return List.of(
                RowChange.insert(
                        "payment_info",
                        order.paymentId,
                        row(
                                "id",
                                order.paymentId,
                                "out_trade_no",
                                "T" + order.id,
                                "order_id",
                                order.id,
                                "user_id",
                                order.userId,
                                "payment_type",
                                order.paymentType,
                                "trade_no",
                                null,
                                "total_amount",
                                total,
                                "subject",
                                "gmall order " + order.id,
                                "payment_status",
                                "1601",
                                "create_time",
                                clock.local(),
                                "callback_time",
                                null,
                                "callback_content",
                                null)),
                RowChange.update(
                        "payment_info",
                        order.paymentId,
                        row(
                                "payment_status",
                                "1602",
                                "trade_no",
                                "PAY" + order.paymentId,
                                "callback_time",
                                clock.local(5_000),
                                "callback_content",
                                "ok")));
    }

    RowChange couponGet(long id, long couponId, long user) {
        return RowChange.insert(
                "coupon_use",
                id,
                row(
                        "id",
                        id,
                        "coupon_id",
                        couponId,
                        "user_id",
                        user,
                        "order_id",
                        null,
                        "coupon_status",
                        "1401",
                        "create_time",
                        clock.local(),
                        "get_time",
                        clock.local(),
                        "using_time",
                        null,
                        "used_time",
                        null,
                        "expire_time",
                        clock.local(30L * 86_400_000)));
    }

    RowChange couponUsing(long id, long orderId) {
        return RowChange.update(
                "coupon_use",
                id,
                row("order_id", orderId, "coupon_status", "1402", "using_time", clock.local()));
    }

    RowChange couponUsed(long id) {
        return RowChange.update(
                "coupon_use", id, row("coupon_status", "1403", "used_time", clock.local(5_000)));
    }

    RowChange couponReleased(long id) {
        return RowChange.update(
                "coupon_use",
                id,
                row("order_id", null, "coupon_status", "1401", "using_time", null));
    }

    RowChange refundRequest(Order order, Detail detail) {
        return RowChange.insert(
                "order_refund_info",
                order.refundId,
                row(
                        "id",
                        order.refundId,
                        "user_id",
                        order.userId,
                        "order_id",
                        order.id,
                        "sku_id",
                        detail.skuId(),
                        "refund_type",
                        "150" + (1 + random.nextInt(2)),
                        "refund_num",
                        detail.skuNum(),
                        "refund_amount",
                        detail.total(),
                        "refund_reason_type",
                        "130" + (1 + random.nextInt(7)),
                        "refund_reason_txt",
                        "不想要了",
                        "refund_status",
                        "0701",
                        "create_time",
                        clock.local()));
    }

    RowChange refundPayment(Order order, Detail detail) {
        return RowChange.insert(
                "refund_payment",
                order.refundPaymentId,
                row(
                        "id",
                        order.refundPaymentId,
                        "out_trade_no",
                        "T" + order.id,
                        "order_id",
                        order.id,
                        "sku_id",
                        detail.skuId(),
                        "payment_type",
                        order.paymentType,
                        "trade_no",
                        null,
                        "total_amount",
                        detail.total(),
                        "subject",
                        "refund of order " + order.id,
                        "refund_status",
                        "0701",
                        "create_time",
                        clock.local(),
                        "callback_time",
                        null,
                        "callback_content",
                        null));
    }

    RowChange refundRequestDone(long refundId) {
        return RowChange.update("order_refund_info", refundId, row("refund_status", "0705"));
    }

    RowChange refundPaymentDone(long refundPaymentId) {
        return RowChange.update(
                "refund_payment",
                refundPaymentId,
                row(
                        "refund_status",
                        "0705",
                        "trade_no",
                        "REF" + refundPaymentId,
                        "callback_time",
                        clock.local(3_000),
                        "callback_content",
                        "ok"));
    }

    RowChange favorAdd(long id, long user, Sku sku) {
        return RowChange.insert(
                "favor_info",
                id,
                row(
                        "id",
                        id,
                        "user_id",
                        user,
                        "sku_id",
                        sku.id(),
                        "spu_id",
                        sku.spuId(),
                        "is_cancel",
                        "0",
                        "create_time",
                        clock.local(),
                        "cancel_time",
                        null));
    }

    RowChange favorCancel(long id) {
        return RowChange.update(
                "favor_info", id, row("is_cancel", "1", "cancel_time", clock.local()));
    }

    RowChange comment(long id, Order order, Sku sku) {
        return RowChange.insert(
                "comment_info",
                id,
                row(
                        "id",
                        id,
                        "user_id",
                        order.userId,
                        "nick_name",
                        null,
                        "head_img",
                        null,
                        "sku_id",
                        sku.id(),
                        "spu_id",
                        sku.spuId(),
                        "order_id",
                        order.id,
                        "appraise",
                        "120" + (1 + random.nextInt(4)),
                        "comment_txt",
                        "评论" + id,
                        "create_time",
                        clock.local(),
                        "operate_time",
                        null));
    }

    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
