package com.gmall.rtdw.jobs.dws;

import java.math.BigDecimal;

/** An order detail on its way to {@code dws_trade_province_order_window}. A Flink POJO. */
public class ProvinceOrderLine {
    public String provinceId;
    public long orderId;
    public BigDecimal amount;

    @Override
    public String toString() {
        return "ProvinceOrderLine[order "
                + orderId
                + ", province "
                + provinceId
                + ", amount "
                + amount
                + "]";
    }
}
