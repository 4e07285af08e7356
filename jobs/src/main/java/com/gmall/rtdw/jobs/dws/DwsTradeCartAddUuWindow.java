package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.model.dwd.TradeCartAdd;
import com.gmall.rtdw.model.dws.TradeCartAddUuWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Daily unique users adding to cart (docs/jobs.md), counted in the window of each user's first cart
 * addition of the day (moved there when an earlier addition comes late, {@code FirstOfDay}), from
 * {@code dwd_trade_cart_add} (event time: when the addition happened, {@code add_time}) into {@code
 * dws_trade_cart_add_uu_window}.
 */
public final class DwsTradeCartAddUuWindow implements GmallJob {
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwsTradeCartAddUuWindow(), args);
    }

    @Override
    public String name() {
        return "DwsTradeCartAddUuWindow";
    }

    @Override
    public void build(JobWiring wiring) {
        DwsPipeline p = new DwsPipeline(wiring);
        DataStream<TradeCartAdd> adds =
                p.read(
                        Topics.DWD_TRADE_CART_ADD,
                        OUT_OF_ORDERNESS,
                        (add, kafkaTime) -> add.getAddTime().toEpochMilli());
        DataStream<TradeCartAddUuWindow> firsts =
                p.firstOfDay(
                                adds.keyBy(TradeCartAdd::getUserId),
                                "first cart add of the day",
                                "first-cart-add-of-day")
                        .map(
                                first -> {
                                    TradeCartAddUuWindow row = new TradeCartAddUuWindow();
                                    row.cartAddUuCt = first.sign;
                                    return row;
                                })
                        .returns(TradeCartAddUuWindow.class)
                        .name("cart user counts")
                        .uid("cart-user-counts");
        p.write(
                p.windowAll(
                        firsts,
                        "cart-users",
                        (a, b) -> {
                            a.cartAddUuCt += b.cartAddUuCt;
                            return a;
                        },
                        (row, stt, edt, version) -> {
                            row.stt = stt;
                            row.edt = edt;
                            row.ts = version;
                        }),
                Tables.DWS_TRADE_CART_ADD_UU_WINDOW);
    }
}
