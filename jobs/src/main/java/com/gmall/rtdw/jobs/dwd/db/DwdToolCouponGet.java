package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.dwd.ToolCouponGet;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/** Coupons taken (docs/jobs.md): each new {@code coupon_use} row to {@code dwd_tool_coupon_get}. */
public final class DwdToolCouponGet extends TableFactJob<ToolCouponGet> {
    public DwdToolCouponGet() {
        super("DwdToolCouponGet", Topics.DWD_TOOL_COUPON_GET, new Rule(), false);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdToolCouponGet(), args);
    }

    static final class Rule extends NewRowFacts<ToolCouponGet> {
        private static final long serialVersionUID = 1L;

        Rule() {
            super("coupon_use", "get_time");
        }

        @Override
        public ToolCouponGet fact(Row row) {
            Instant got = row.requiredTime("get_time");
            return new ToolCouponGet(
                    row.requiredLong("id"),
                    row.requiredLong("coupon_id"),
                    row.requiredLong("user_id"),
                    row.day(got),
                    got);
        }
    }
}
