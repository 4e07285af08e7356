package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.runtime.MariaDb;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.math.BigDecimal;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Daily unique and first-time orderers and the order amounts (spec 8.8, O1, S3), from {@code dwd_trade_order_detail}
 * (event time: the order's {@code create_time}) into {@code dws_trade_order_window}. Every detail adds its amounts,
 * exact decimals (the reference summed doubles); a user counts once a day, in the window of their first order of
 * that day ({@link FirstOfDay} keeps each day apart, O1), and as new when that order is their first in the shop's
 * history ({@link UserHistory}). Each detail comes once and complete from the DWD layer (P3), so no dedup is needed.
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
    public void build(StreamExecutionEnvironment env, GmallConfig config) {
        DwsPipeline p = new DwsPipeline(env, config, name());
        DataStream<UserActivity> details = p.eventTime(p.read(Topics.DWD_TRADE_ORDER_DETAIL), "order-detail",
                        OUT_OF_ORDERNESS, (d, previous) -> d.getCreateTime().toEpochMilli())
                .map(DwsTradeOrderWindow::amounts).returns(UserActivity.class)
                .name("order amounts").uid("order-amounts");
        SingleOutputStreamOperator<UserActivity> orders = details.keyBy(a -> a.userId)
                .process(new FirstOfDay<Long, UserActivity>(config.timeZone(), p.settings().allowedLatenessMs(), false,
                        a -> a.firstOfDay = true, TypeInformation.of(UserActivity.class)))
                .name("first order of the day").uid("first-order-of-day")
                .process(new NewUsers<>(UserHistory.jdbc(MariaDb.of(config, "gmall"), config.timeZone()),
                        UserHistory::firstOrder, UserActivity.ACCESS, name(), TypeInformation.of(UserActivity.class)))
                .name("first order ever").uid("first-order-ever");
        p.deadLetters(orders.getSideOutput(NewUsers.FAILED));
        DataStream<TradeOrderWindow> rows = orders.map(DwsTradeOrderWindow::row).returns(TradeOrderWindow.class)
                .name("order rows").uid("order-rows");
        p.write(p.windowAll(rows, "orders", DwsTradeOrderWindow::sum, (row, stt, edt, version) -> {
            row.stt = stt;
            row.edt = edt;
            row.ts = version;
        }), Tables.DWS_TRADE_ORDER_WINDOW);
        p.finish();
    }

    /** A detail's amounts; a missing split amount is zero (S3). */
    static UserActivity amounts(TradeOrderDetail d) {
        UserActivity a = new UserActivity(d.getUserId());
        a.activityReduceAmount = orZero(d.getSplitActivityAmount());
        a.couponReduceAmount = orZero(d.getSplitCouponAmount());
        a.originalTotalAmount = orZero(d.getOrderPrice()).multiply(BigDecimal.valueOf(d.getSkuNum())).setScale(2);
        return a;
    }

    static TradeOrderWindow row(UserActivity a) {
        TradeOrderWindow row = new TradeOrderWindow();
        row.orderUniqueUserCount = a.firstOfDay ? 1 : 0;
        row.orderNewUserCount = a.newUser ? 1 : 0;
        row.orderActivityReduceAmount = a.activityReduceAmount;
        row.orderCouponReduceAmount = a.couponReduceAmount;
        row.orderOriginalTotalAmount = a.originalTotalAmount;
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
