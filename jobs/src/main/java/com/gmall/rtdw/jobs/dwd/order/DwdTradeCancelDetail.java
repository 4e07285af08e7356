package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.FactRule;
import com.gmall.rtdw.jobs.dwd.db.Row;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeCancelDetail;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/**
 * Cancelled order lines (docs/jobs.md): each detail of an order whose status changes to cancelled (1003), with the
 * cancellation time, to {@code dwd_trade_cancel_detail}, however long after the order (P1).
 */
public final class DwdTradeCancelDetail extends OrderEventJob<TradeCancelDetail> {
    public DwdTradeCancelDetail() {
        super("DwdTradeCancelDetail", Topics.DWD_TRADE_CANCEL_DETAIL, new Cancellations(),
                DwdTradeCancelDetail::cancelled);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTradeCancelDetail(), args);
    }

    static TradeCancelDetail cancelled(TradeOrderDetail d, OrderEvent cancel) {
        return new TradeCancelDetail(d.getId(), d.getOrderId(), d.getUserId(), d.getSkuId(), d.getSkuName(),
                d.getSkuNum(), d.getOrderPrice(), d.getProvinceId(), d.getActivityId(), d.getActivityRuleId(),
                d.getCouponId(), d.getSourceId(), d.getSourceTypeCode(), d.getSourceTypeName(),
                d.getSplitActivityAmount(), d.getSplitCouponAmount(), d.getSplitTotalAmount(),
                Instant.ofEpochMilli(cancel.at));
    }

    /** An order's status changing to cancelled. */
    static final class Cancellations extends FactRule<OrderEvent> {
        private static final long serialVersionUID = 1L;

        Cancellations() {
            super("order_info");
        }

        @Override
        public boolean matches(ChangeType type, Row row) {
            return row.changedTo("order_status", "1003");
        }

        /** An order cancelled in the period (a cancelled order changes no more: its operate_time is the cancel's). */
        @Override
        public Instant snapshotFactTime(Row row) {
            return "1003".equals(row.text("order_status")) ? row.optionalTime("operate_time") : null;
        }

        @Override
        public OrderEvent fact(Row row) {
            return new OrderEvent(row.requiredLong("id"), row.requiredTime("operate_time").toEpochMilli(), null, null);
        }
    }
}
