package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.ToolCouponOrder;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.TopicSpec;
import java.time.Instant;

/**
 * Coupons applied to an order (spec 7.9): a {@code coupon_use} row going from unused (1401) to in use (1402), to
 * {@code dwd_tool_coupon_order}.
 */
public final class DwdToolCouponOrder extends TableFactJob<ToolCouponOrder> {
    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdToolCouponOrder(), args);
    }

    @Override
    public String name() {
        return "DwdToolCouponOrder";
    }

    @Override
    TopicSpec<ToolCouponOrder> output() {
        return Topics.DWD_TOOL_COUPON_ORDER;
    }

    @Override
    FactRule<ToolCouponOrder> rule() {
        return new Rule();
    }

    static final class Rule implements FactRule<ToolCouponOrder> {
        private static final long serialVersionUID = 1L;

        @Override
        public String table() {
            return "coupon_use";
        }

        @Override
        public boolean matches(ChangeType type, Row row) {
            return type == ChangeType.update && "1401".equals(row.old("coupon_status"))
                    && "1402".equals(row.text("coupon_status"));
        }

        @Override
        public ToolCouponOrder fact(Row row) {
            Instant using = row.requiredTime("using_time");
            return new ToolCouponOrder(row.requiredLong("id"), row.requiredLong("coupon_id"),
                    row.requiredLong("user_id"), row.optionalLong("order_id"), row.day(using), using);
        }
    }
}
