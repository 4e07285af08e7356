package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.ToolCouponOrder;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/**
 * Coupons applied to an order (docs/jobs.md): a {@code coupon_use} row going from unused (1401) to
 * in use (1402), to {@code dwd_tool_coupon_order}.
 */
public final class DwdToolCouponOrder extends TableFactJob<ToolCouponOrder> {
    public DwdToolCouponOrder() {
        super("DwdToolCouponOrder", Topics.DWD_TOOL_COUPON_ORDER, new Rule(), false);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdToolCouponOrder(), args);
    }

    static final class Rule extends FactRule<ToolCouponOrder> {
        private static final long serialVersionUID = 1L;

        Rule() {
            super("coupon_use");
        }

        @Override
        public boolean matches(ChangeType type, Row row) {
            return type == ChangeType.update
                    && "1401".equals(row.old("coupon_status"))
                    && "1402".equals(row.text("coupon_status"));
        }

        /** A coupon used in an order in the period (paid since or not: it has a using_time). */
        @Override
        public Instant snapshotFactTime(Row row) {
            return row.optionalTime("using_time");
        }

        @Override
        public ToolCouponOrder fact(Row row) {
            Instant using = row.requiredTime("using_time");
            return new ToolCouponOrder(
                    row.requiredLong("id"),
                    row.requiredLong("coupon_id"),
                    row.requiredLong("user_id"),
                    row.optionalLong("order_id"),
                    row.day(using),
                    using);
        }
    }
}
