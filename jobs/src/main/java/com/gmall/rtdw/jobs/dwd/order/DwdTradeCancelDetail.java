package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Row;
import com.gmall.rtdw.jobs.dwd.db.StatusChangeFacts;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dwd.TradeCancelDetail;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/**
 * Cancelled order lines (docs/jobs.md): each detail of an order whose status changes to cancelled
 * (1003), with the cancellation time, to {@code dwd_trade_cancel_detail}, however long after the
 * order (P1).
 */
public final class DwdTradeCancelDetail extends OrderEventJob<TradeCancelDetail> {
    public DwdTradeCancelDetail() {
        super(
                "DwdTradeCancelDetail",
                Topics.DWD_TRADE_CANCEL_DETAIL,
                new Cancellations(),
                DwdTradeCancelDetail::cancelled);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTradeCancelDetail(), args);
    }

    static TradeCancelDetail cancelled(TradeOrderDetail d, OrderEvent cancel) {
        return new TradeCancelDetail(
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
                d.getSplitTotalAmount(),
                Instant.ofEpochMilli(cancel.at));
    }

    /**
     * An order's status changing to cancelled (a cancelled order changes no more: its operate_time
     * is the cancel's).
     */
    static final class Cancellations extends StatusChangeFacts<OrderEvent> {
        private static final long serialVersionUID = 1L;

        Cancellations() {
            super("order_info", "order_status", "1003", "operate_time");
        }

        @Override
        public OrderEvent fact(Row row) {
            return new OrderEvent(
                    row.requiredLong("id"),
                    row.requiredTime("operate_time").toEpochMilli(),
                    null,
                    null);
        }
    }
}
