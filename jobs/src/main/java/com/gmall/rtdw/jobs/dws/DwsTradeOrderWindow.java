package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.FirstOfDay;
import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.math.BigDecimal;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Daily unique and first-time orderers and the order amounts (docs/jobs.md; O1, S3), from {@code
 * dwd_trade_order_detail} (event time: the order's {@code create_time}) into {@code
 * dws_trade_order_window}. Every detail adds its amounts, exact decimals (the reference summed
 * doubles); a user counts once a day, in the window of their first order of that day by event time
 * ({@link FirstOfDay} keeps each day apart, O1), and as new when that order is their first in the
 * shop's history ({@link UserHistory}). Each detail comes once and complete from the DWD layer
 * (P3), so no dedup is needed.
 */
public final class DwsTradeOrderWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTradeOrderWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTradeOrderWindow";
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<TradeOrderDetail> details =
                p.read(
                        Topics.DWD_TRADE_ORDER_DETAIL,
                        OUT_OF_ORDERNESS,
                        (d, kafkaTime) -> d.getCreateTime().toEpochMilli());
        // every detail adds its amounts; each user's first detail of the day adds the user (and, if
        // new, a new user)
        DataStream<TradeOrderWindow> amounts =
                details.map(DwsTradeOrderWindow::amounts)
                        .returns(TradeOrderWindow.class)
                        .name("order amounts")
                        .uid("order-amounts");
        SingleOutputStreamOperator<UserActivity> orderers =
                p.firstOfDay(
                                details.keyBy(TradeOrderDetail::getUserId),
                                "first order of the day",
                                "first-order-of-day")
                        .map(
                                first ->
                                        UserActivity.firstOfDay(
                                                new UserActivity(first.value.getUserId()),
                                                first.sign))
                        .returns(UserActivity.class)
                        .name("orderers")
                        .uid("orderers")
                        .process(
                                new NewUsers<>(
                                        p.userHistory(),
                                        UserHistory::firstOrder,
                                        UserActivity.ACCESS,
                                        name(),
                                        TypeInformation.of(UserActivity.class)))
                        .name("first order ever")
                        .uid("first-order-ever");
        p.deadLetters(orderers.getSideOutput(NewUsers.FAILED));
        DataStream<TradeOrderWindow> users =
                orderers.map(DwsTradeOrderWindow::users)
                        .returns(TradeOrderWindow.class)
                        .name("orderer counts")
                        .uid("orderer-counts");
        DataStream<TradeOrderWindow> rows = amounts.union(users);
        p.write(
                p.windowAll(
                        rows,
                        "orders",
                        DwsTradeOrderWindow::sum,
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        }),
                Tables.DWS_TRADE_ORDER_WINDOW);
    }

    /** A detail's amounts; a missing split amount is zero (S3). */
    static TradeOrderWindow amounts(TradeOrderDetail d) {
        TradeOrderWindow row = new TradeOrderWindow();
        row.orderActivityReduceAmount = orZero(d.getSplitActivityAmount());
        row.orderCouponReduceAmount = orZero(d.getSplitCouponAmount());
        row.orderOriginalTotalAmount =
                orZero(d.getOrderPrice()).multiply(BigDecimal.valueOf(d.getSkuNum())).setScale(2);
        return row;
    }

    /**
     * A user's first order of the day: one unique orderer, and a new one when first in the shop's
     * history; minus one of each when it is taken back.
     */
    static TradeOrderWindow users(UserActivity a) {
        TradeOrderWindow row = new TradeOrderWindow();
        row.orderUniqueUserCount = a.sign;
        row.orderNewUserCount = a.newUser ? a.sign : 0;
        row.orderActivityReduceAmount = orZero(null);
        row.orderCouponReduceAmount = orZero(null);
        row.orderOriginalTotalAmount = orZero(null);
        return row;
    }

    static TradeOrderWindow sum(TradeOrderWindow a, TradeOrderWindow b) {
        a.orderUniqueUserCount += b.orderUniqueUserCount;
        a.orderNewUserCount += b.orderNewUserCount;
        a.orderActivityReduceAmount = a.orderActivityReduceAmount.add(b.orderActivityReduceAmount);
        a.orderCouponReduceAmount = a.orderCouponReduceAmount.add(b.orderCouponReduceAmount);
        a.orderOriginalTotalAmount = a.orderOriginalTotalAmount.add(b.orderOriginalTotalAmount);
        return a;
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
    }
}
