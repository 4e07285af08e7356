package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.TradePayDetail;
import com.gmall.rtdw.model.dws.TradePaymentSucWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * Daily unique payers and first-time payers (docs/jobs.md; S3), from {@code dwd_trade_pay_detail}
 * (event time: the payment's callback) into {@code dws_trade_payment_suc_window}. A payer is new
 * when this payment is their first in the shop's history ({@link UserHistory}), not merely the
 * first this job has seen.
 */
public final class DwsTradePaymentSucWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTradePaymentSucWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTradePaymentSucWindow";
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<UserActivity> payments =
                p.read(
                                Topics.DWD_TRADE_PAY_DETAIL,
                                OUT_OF_ORDERNESS,
                                (d, kafkaTime) -> d.getCallbackTime().toEpochMilli())
                        .map((TradePayDetail d) -> new UserActivity(d.getUserId()))
                        .returns(UserActivity.class)
                        .name("payers")
                        .uid("payers");
        SingleOutputStreamOperator<UserActivity> payers =
                p.firstOfDay(
                                payments.keyBy(a -> a.userId),
                                "first payment of the day",
                                "first-payment-of-day")
                        .map(first -> UserActivity.firstOfDay(first.value, first.sign))
                        .returns(UserActivity.class)
                        .name("mark first of day")
                        .uid("mark-first-of-day")
                        .process(
                                new NewUsers<>(
                                        p.userHistory(),
                                        UserHistory::firstPayment,
                                        UserActivity.ACCESS,
                                        name(),
                                        TypeInformation.of(UserActivity.class)))
                        .name("first payment ever")
                        .uid("first-payment-ever");
        p.deadLetters(payers.getSideOutput(NewUsers.FAILED));
        DataStream<TradePaymentSucWindow> counts =
                payers.map(
                                a -> {
                                    TradePaymentSucWindow row = new TradePaymentSucWindow();
                                    row.paymentSucUniqueUserCount = a.sign;
                                    row.paymentSucNewUserCount = a.newUser ? a.sign : 0;
                                    return row;
                                })
                        .returns(TradePaymentSucWindow.class)
                        .name("payer counts")
                        .uid("payer-counts");
        p.write(
                p.windowAll(
                        counts,
                        "payers",
                        (a, b) -> {
                            a.paymentSucUniqueUserCount += b.paymentSucUniqueUserCount;
                            a.paymentSucNewUserCount += b.paymentSucNewUserCount;
                            return a;
                        },
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        }),
                Tables.DWS_TRADE_PAYMENT_SUC_WINDOW);
    }
}
