package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dwd.ToolCouponPay;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/**
 * Coupons used by a payment (docs/jobs.md): a {@code coupon_use} row going to used (1403), to
 * {@code dwd_tool_coupon_pay}, once: the change must be the transition (defect CP1: the reference
 * matched any update of a row with a {@code used_time}, so every later update emitted it again).
 */
public final class DwdToolCouponPay extends TableFactJob<ToolCouponPay> {
    public DwdToolCouponPay() {
        super("DwdToolCouponPay", Topics.DWD_TOOL_COUPON_PAY, new Rule(), false);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdToolCouponPay(), args);
    }

    static final class Rule extends StatusChangeFacts<ToolCouponPay> {
        private static final long serialVersionUID = 1L;

        Rule() {
            super("coupon_use", "coupon_status", "1403", "used_time");
        }

        @Override
        public ToolCouponPay fact(Row row) {
            Instant used = row.requiredTime("used_time");
            return new ToolCouponPay(
                    row.requiredLong("id"),
                    row.requiredLong("coupon_id"),
                    row.requiredLong("user_id"),
                    row.optionalLong("order_id"),
                    row.day(used),
                    used);
        }
    }
}
