package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeProvinceOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Orders and order amounts per province (docs/jobs.md), from {@code dwd_trade_order_detail} into
 * {@code dws_trade_province_order_window}, the province's name looked up after the window. An order
 * without a province counts under the empty province id.
 */
public final class DwsTradeProvinceOrderWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTradeProvinceOrderWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTradeProvinceOrderWindow";
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<ProvinceOrderLine> lines =
                p.read(
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                OUT_OF_ORDERNESS,
                                (d, kafkaTime) -> d.getCreateTime().toEpochMilli())
                        .map(DwsTradeProvinceOrderWindow::line)
                        .returns(ProvinceOrderLine.class)
                        .name("order lines")
                        .uid("order-lines");
        DataStream<TradeProvinceOrderWindow> windows =
                p.aggregate(
                        lines.keyBy(
                                (ProvinceOrderLine l) -> l.provinceId,
                                org.apache.flink.api.common.typeinfo.Types.STRING),
                        "province-orders",
                        new OrderTotals<ProvinceOrderLine, TradeProvinceOrderWindow>(
                                new Lines(), DwsTradeProvinceOrderWindow::row),
                        OrderTotals.totalsType(),
                        TypeInformation.of(TradeProvinceOrderWindow.class),
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        });
        p.write(
                p.lookup(
                        windows,
                        "province",
                        "DIM_BASE_PROVINCE",
                        "ID",
                        Names.of(r -> r.provinceId, (r, dim) -> r.provinceName = dim.get("NAME"))),
                Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW);
    }

    static ProvinceOrderLine line(TradeOrderDetail d) {
        ProvinceOrderLine line = new ProvinceOrderLine();
        line.provinceId = d.getProvinceId() == null ? "" : Long.toString(d.getProvinceId());
        line.orderId = d.getOrderId();
        line.amount = d.getSplitTotalAmount();
        return line;
    }

    static TradeProvinceOrderWindow row(
            ProvinceOrderLine sample, Set<Long> orderIds, BigDecimal amount) {
        TradeProvinceOrderWindow row = new TradeProvinceOrderWindow();
        row.provinceId = sample.provinceId;
        row.orderCount = orderIds.size();
        row.orderAmount = amount;
        return row;
    }

    /**
     * The order and amount of a line (a static class: Flink's closure cleaner cannot read Java 17
     * inner classes).
     */
    static final class Lines implements OrderTotals.Line<ProvinceOrderLine> {
        private static final long serialVersionUID = 1L;

        @Override
        public long orderId(ProvinceOrderLine line) {
            return line.orderId;
        }

        @Override
        public BigDecimal amount(ProvinceOrderLine line) {
            return line.amount;
        }
    }
}
