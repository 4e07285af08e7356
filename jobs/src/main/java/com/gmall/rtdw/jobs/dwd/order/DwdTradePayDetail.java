package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Row;
import com.gmall.rtdw.jobs.dwd.db.StatusChangeFacts;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dwd.TradePayDetail;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/**
 * Paid order lines (docs/jobs.md): each detail of an order whose payment succeeds, with the payment
 * type's code and name and the confirmation time, to {@code dwd_trade_pay_detail}, once: the
 * payment row must change to paid (1602) (defect PD1: the reference re-emitted every detail on any
 * later update of a paid payment row).
 */
public final class DwdTradePayDetail extends OrderEventJob<TradePayDetail> {
    public DwdTradePayDetail() {
        super(
                "DwdTradePayDetail",
                Topics.DWD_TRADE_PAY_DETAIL,
                new Payments(),
                DwdTradePayDetail::paid);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTradePayDetail(), args);
    }

    static TradePayDetail paid(TradeOrderDetail d, OrderEvent payment) {
        return new TradePayDetail(
                d.getId(),
                d.getOrderId(),
                d.getUserId(),
                d.getSkuId(),
                d.getSkuName(),
                d.getSkuNum(),
                d.getOrderPrice(),
                d.getProvinceId(),
                d.getActivityId(),
                d.getActivityRuleId(),
                d.getCouponId(),
                d.getSourceId(),
                d.getSourceTypeCode(),
                d.getSourceTypeName(),
                d.getSplitActivityAmount(),
                d.getSplitCouponAmount(),
                payment.code,
                payment.name,
                d.getSplitTotalAmount(),
                Instant.ofEpochMilli(payment.at));
    }

    /** A payment row changing to paid. */
    static final class Payments extends StatusChangeFacts<OrderEvent> {
        private static final long serialVersionUID = 1L;

        Payments() {
            super("payment_info", "payment_status", "1602", "callback_time");
        }

        @Override
        public OrderEvent fact(Row row) {
            String type = row.text("payment_type");
            return new OrderEvent(
                    row.requiredLong("order_id"),
                    row.requiredTime("callback_time").toEpochMilli(),
                    type,
                    row.dictionaryName(type));
        }
    }
}
