package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.payLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsTradePaymentSucWindow;
import com.gmall.rtdw.model.dws.TradePaymentSucWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Rows as (window, users whose first payment of the day fell in it, of them paying for the first
 * time ever).
 */
class DwsTradePaymentSucWindowPipelineTest {
    @Test
    void eachPayersFirstPaymentOfTheDayCountsAndIsNewWhenItIsTheirFirstInTheShopsHistory()
            throws Exception {
        PipelineRun run =
                PipelineRun.of(new DwsTradePaymentSucWindow())
                        .input(
                                Topics.DWD_TRADE_PAY_DETAIL,
                                payLine(1, 101, 1, at("04:00:02")),
                                payLine(2, 101, 1, at("04:00:02")), // two lines, once
                                payLine(3, 102, 2, at("04:00:05")),
                                payLine(4, 103, 1, at("04:00:13")), // user 1 has paid today
                                payLine(5, 104, 3, at("04:00:16")),
                                payLine(6, 104, 3, at("04:00:16")),
                                payLine(7, 105, 4, at("04:00:18")))
                        .inputText(Topics.DWD_TRADE_PAY_DETAIL.name(), "payment 105 paid");
        run.servers().firstPayments.put(1L, at("04:00:02"));
        run.servers().firstPayments.put(2L, Instant.parse("2024-05-01T02:00:00Z"));
        run.servers().firstPayments.put(3L, at("04:00:16"));
        run.servers().firstPayments.put(4L, Instant.parse("2024-03-10T08:30:00Z"));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 2L, 1L),
                        tuple("2024-06-01T04:00:10Z", 2L, 1L));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsTradePaymentSucWindow",
                                Topics.DWD_TRADE_PAY_DETAIL.name(),
                                "payment 105 paid"));
    }

    @Test
    void aPayerCountsAgainOnTheNextShopDayAndIsNewOnlyByTheShopsHistoryNotTheJobs()
            throws Exception {
        PipelineRun run =
                PipelineRun.of(new DwsTradePaymentSucWindow())
                        .input(
                                Topics.DWD_TRADE_PAY_DETAIL,
                                payLine(1, 101, 1, at("04:00:02")),
                                payLine(
                                        2,
                                        106,
                                        6,
                                        at("04:00:07")), // the first payment the job sees, not
                                // the shop's
                                payLine(3, 107, 1, at("16:00:03")), // June 2nd in Shanghai: a payer
                                // again, not new
                                payLine(
                                        4,
                                        108,
                                        5,
                                        at("16:00:05"))); // nothing in the shop's history
        run.servers().firstPayments.put(1L, at("04:00:02"));
        run.servers().firstPayments.put(6L, at("01:00:00"));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 2L, 1L),
                        tuple("2024-06-01T16:00:00Z", 2L, 0L));
        // user 5 counts as a payer, not as new, and is reported
        assertThat(out.deadLetters())
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.source()).isEqualTo("history");
                            assertThat(letter.reason())
                                    .startsWith("user 5 has no such history in the shop database");
                        });
    }

    @Test
    void
            aDaysFirstPaymentArrivingAfterItsWindowClosedForGoodIsADeadLetterAndTheCountStaysWithTheNext()
                    throws Exception {
        PipelineRun run =
                PipelineRun.of(new DwsTradePaymentSucWindow())
                        .input(
                                Topics.DWD_TRADE_PAY_DETAIL,
                                payLine(1, 111, 1, at("04:02:00")),
                                payLine(2, 112, 2, at("04:02:30"))) // event time passes 04:02:10
                        .pause(Topics.DWD_TRADE_PAY_DETAIL, Duration.ofSeconds(2))
                        .input(
                                Topics.DWD_TRADE_PAY_DETAIL,
                                payLine(
                                        3,
                                        110,
                                        1,
                                        at("04:00:05"))); // user 1's first, its window closed
        // for good
        run.servers().firstPayments.put(1L, at("04:00:05"));
        run.servers().firstPayments.put(2L, at("04:02:30"));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple(
                                "2024-06-01T04:02:00Z",
                                1L,
                                0L), // the shop's history knows the earlier payment
                        tuple("2024-06-01T04:02:30Z", 1L, 1L));
        assertThat(out.deadLetters())
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.source())
                                    .isEqualTo(Topics.DWD_TRADE_PAY_DETAIL.name());
                            assertThat(letter.reason())
                                    .startsWith(
                                            "late: it would have been its key's first of the day");
                            assertThat(letter.original()).startsWith("UserActivity[user 1,");
                        });
    }

    private static List<Tuple> rows(PipelineRun.Outputs out) {
        List<TradePaymentSucWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_TRADE_PAYMENT_SUC_WINDOW),
                        r -> List.of(r.stt, r.edt),
                        r -> r.ts);
        return rows.stream()
                .map(
                        r ->
                                tuple(
                                        DwdRecords.window(r.stt, r.edt),
                                        r.paymentSucUniqueUserCount,
                                        r.paymentSucNewUserCount))
                .toList();
    }
}
