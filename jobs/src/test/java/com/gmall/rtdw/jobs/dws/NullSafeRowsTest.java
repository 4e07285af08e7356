package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeOrderWindow;
import com.gmall.rtdw.model.dws.TrafficVcChArIsNewPageViewWindow;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Missing values become zero or empty instead of crashing the job (S3), and amounts stay exact
 * decimals.
 */
class NullSafeRowsTest {
    @Test
    void aPageWithoutDuringTimeOrDimensionsCountsWithZeroTimeS3() {
        Page page = new Page();
        page.setPageId("home");
        TrafficVcChArIsNewPageViewWindow row =
                TrafficRows.pageView(
                        new PageLog(
                                Common.newBuilder().setMid("m1").build(),
                                page,
                                Instant.parse("2024-06-01T02:00:00Z")));
        assertThat(row.durSum).isZero();
        assertThat(row.pvCt).isEqualTo(1);
        assertThat(row.svCt).isEqualTo(1);
        assertThat(row.vc + row.ch + row.ar + row.isNew).isEmpty();
    }

    @Test
    void anOrderDetailWithoutSplitAmountsAddsZeroesAndExactTotalsS3() {
        TradeOrderDetail d =
                TradeOrderDetail.newBuilder()
                        .setId(1)
                        .setOrderId(1)
                        .setUserId(1)
                        .setSkuId(1)
                        .setSkuNum(3)
                        .setOrderPrice(new BigDecimal("0.10"))
                        .setSplitTotalAmount(new BigDecimal("0.30"))
                        .setCreateTime(Instant.parse("2024-06-01T02:00:00Z"))
                        .build();
        TradeOrderWindow a = DwsTradeOrderWindow.amounts(d);
        TradeOrderWindow b = DwsTradeOrderWindow.amounts(d);
        TradeOrderWindow sum = DwsTradeOrderWindow.sum(a, b);
        assertThat(sum.orderActivityReduceAmount).isEqualByComparingTo("0");
        assertThat(sum.orderCouponReduceAmount).isEqualByComparingTo("0");
        assertThat(sum.orderOriginalTotalAmount.toPlainString())
                .isEqualTo("0.60"); // 0.1 x 3 x 2, no double drift
    }
}
