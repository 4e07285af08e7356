package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.amount;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.orderLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsTradeOrderWindow;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Rows as (window, users whose first order of the day fell in it, of them ordering for the first
 * time ever, activity discounts, coupon discounts, original amounts).
 */
class DwsTradeOrderWindowPipelineTest {
    @Test
    void
            everyLineAddsItsExactAmountsAndEachOrderersFirstOrderOfTheDayCountsThemNewByTheShopsHistory()
                    throws Exception {
        PipelineRun run =
                PipelineRun.of(new DwsTradeOrderWindow())
                        .input(
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                line(
                                        1,
                                        201,
                                        1,
                                        "04:00:02",
                                        "100.00",
                                        2,
                                        "20.00",
                                        "10.00",
                                        "170.00"),
                                line(2, 201, 1, "04:00:02", "59.90", 1, null, "5.00", "54.90"),
                                line(3, 202, 2, "04:00:06", "100.00", 1, null, null, "100.00"),
                                line(
                                        4,
                                        203,
                                        1,
                                        "04:00:14",
                                        "35.50",
                                        3,
                                        "5.00",
                                        null,
                                        "101.50"), // u1 has ordered today
                                line(5, 204, 3, "04:00:17", "59.90", 2, null, "8.00", "111.80"))
                        .inputText(Topics.DWD_TRADE_ORDER_DETAIL.name(), "order 204");
        run.servers().firstOrders.put(1L, at("04:00:02"));
        run.servers().firstOrders.put(2L, Instant.parse("2024-03-01T06:00:00Z"));
        run.servers().firstOrders.put(3L, at("04:00:17"));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        // 100.00 x 2 + 59.90 + 100.00; 20.00; 10.00 + 5.00
                        tuple("2024-06-01T04:00:00Z", 2L, 1L, "20.00", "15.00", "359.90"),
                        // 35.50 x 3 + 59.90 x 2
                        tuple("2024-06-01T04:00:10Z", 1L, 1L, "5.00", "8.00", "226.30"));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsTradeOrderWindow",
                                Topics.DWD_TRADE_ORDER_DETAIL.name(),
                                "order 204"));
    }

    @Test
    void anOrdererCountsInTheWindowOfTheirEarliestOrderOfEachShopDayWhateverTheArrivalOrderO1()
            throws Exception {
        PipelineRun run =
                PipelineRun.of(new DwsTradeOrderWindow())
                        .input(
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                line(1, 301, 1, "04:00:02", "30.00", 1, null, null, "30.00"),
                                line(2, 306, 2, "04:00:12", "10.00", 1, null, null, "10.00"),
                                line(
                                        3,
                                        305,
                                        2,
                                        "04:00:09",
                                        "20.00",
                                        1,
                                        null,
                                        null,
                                        "20.00"), // u2's first, arriving late
                                line(
                                        4,
                                        307,
                                        1,
                                        "16:00:04",
                                        "40.00",
                                        1,
                                        null,
                                        null,
                                        "40.00")); // June 2nd in Shanghai
        run.servers().firstOrders.put(1L, at("04:00:02"));
        run.servers().firstOrders.put(2L, at("04:00:09"));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 2L, 2L, "0.00", "0.00", "50.00"),
                        tuple("2024-06-01T04:00:10Z", 0L, 0L, "0.00", "0.00", "10.00"),
                        tuple("2024-06-01T16:00:00Z", 1L, 0L, "0.00", "0.00", "40.00"));
        assertThat(out.deadLetters()).isEmpty();
    }

    @Test
    void anEarlierOrderArrivingAfterTheDaysFirstWasCountedTakesTheCountOverInItsOwnWindow()
            throws Exception {
        PipelineRun run =
                PipelineRun.of(new DwsTradeOrderWindow())
                        .input(
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                line(1, 401, 2, "04:00:15", "10.00", 1, null, null, "10.00"),
                                line(
                                        2,
                                        402,
                                        9,
                                        "04:00:25",
                                        "30.00",
                                        1,
                                        null,
                                        null,
                                        "30.00")) // event time passes 04:00:20
                        .pause(
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                Duration.ofSeconds(
                                        2)) // so the window of 04:00:10 fires, with user 2
                        .input(
                                Topics.DWD_TRADE_ORDER_DETAIL,
                                line(
                                        3,
                                        403,
                                        2,
                                        "04:00:04",
                                        "20.00",
                                        1,
                                        null,
                                        null,
                                        "20.00")); // u2's first, within lateness
        run.servers().firstOrders.put(2L, at("04:00:04"));
        run.servers().firstOrders.put(9L, Instant.parse("2023-11-11T01:00:00Z"));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 1L, 1L, "0.00", "0.00", "20.00"),
                        tuple("2024-06-01T04:00:10Z", 0L, 0L, "0.00", "0.00", "10.00"),
                        tuple("2024-06-01T04:00:20Z", 1L, 0L, "0.00", "0.00", "30.00"));
        List<Long> orderersAt10 =
                out.table(Tables.DWS_TRADE_ORDER_WINDOW).stream()
                        .filter(r -> r.stt == at("04:00:10").toEpochMilli())
                        .sorted(Comparator.comparingLong(r -> r.ts))
                        .map(r -> r.orderUniqueUserCount)
                        .toList();
        assertThat(orderersAt10)
                .as("counted, then taken back by a newer version")
                .startsWith(1L)
                .endsWith(0L);
        assertThat(out.deadLetters()).isEmpty();
    }

    private static TradeOrderDetail line(
            long id,
            long order,
            long user,
            String created,
            String price,
            long num,
            String activity,
            String coupon,
            String total) {
        return orderLine(id, order, user, 10 + id, at(created), total)
                .setOrderPrice(amount(price))
                .setSkuNum(num)
                .setSplitActivityAmount(amount(activity))
                .setSplitCouponAmount(amount(coupon))
                .build();
    }

    private static List<Tuple> rows(PipelineRun.Outputs out) {
        List<TradeOrderWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_TRADE_ORDER_WINDOW),
                        r -> List.of(r.stt, r.edt),
                        r -> r.ts);
        return rows.stream()
                .map(
                        r ->
                                tuple(
                                        DwdRecords.window(r.stt, r.edt),
                                        r.orderUniqueUserCount,
                                        r.orderNewUserCount,
                                        r.orderActivityReduceAmount.toPlainString(),
                                        r.orderCouponReduceAmount.toPlainString(),
                                        r.orderOriginalTotalAmount.toPlainString()))
                .toList();
    }
}
