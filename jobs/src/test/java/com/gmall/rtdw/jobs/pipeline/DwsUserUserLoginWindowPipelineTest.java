package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.device;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsUserUserLoginWindow;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.UserUserLoginWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Rows as (window, users whose first login of the day fell in it, of them back after 8 days or
 * more).
 */
class DwsUserUserLoginWindowPipelineTest {
    @Test
    void aUsersFirstLoginOfTheDayCountsInItsWindowAndPagesThatAreNoLoginCountNothing()
            throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsUserUserLoginWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                opens("1", at("04:00:01")),
                                page(
                                        device("m1", "1"),
                                        at("04:00:03"),
                                        "good_detail",
                                        "home",
                                        4_000L), // no login
                                opens(null, at("04:00:05")), // nobody logged in: dropped first (U2)
                                opens("", at("04:00:06")),
                                page(
                                        device("m3", "3"),
                                        at("04:00:06"),
                                        "good_detail",
                                        "home",
                                        4_000L), // no login
                                page(
                                        device("m2", "2"),
                                        at("04:00:12"),
                                        "home",
                                        "login",
                                        2_000L), // after logging in
                                opens("1", at("04:00:14")), // u1's second login today
                                page(device("m3", "3"), at("04:00:17"), "cart", "login", 2_000L),
                                // a window of a login that is not the day's first and a page that
                                // is no login: no row (U4)
                                page(
                                        device("m1", "1"),
                                        at("04:00:24"),
                                        "good_detail",
                                        "home",
                                        4_000L),
                                opens("1", at("04:00:26")))
                        .inputText(Topics.DWD_TRAFFIC_PAGE_LOG.name(), "login uid=1")
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 1L, 0L),
                        tuple("2024-06-01T04:00:10Z", 2L, 0L));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsUserUserLoginWindow",
                                Topics.DWD_TRAFFIC_PAGE_LOG.name(),
                                "login uid=1"));
    }

    @Test
    void aUserLoggingInEightShopDaysOrMoreAfterTheirLastLoginIsBackU3() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsUserUserLoginWindow())
                        .input(
                                Topics.DWD_TRAFFIC_PAGE_LOG,
                                opens("6", Instant.parse("2024-05-20T04:00:00Z")),
                                opens("4", Instant.parse("2024-05-24T04:00:00Z")),
                                opens("5", Instant.parse("2024-05-25T04:00:00Z")),
                                opens(
                                        "6",
                                        Instant.parse(
                                                "2024-05-31T15:00:00Z")), // May 31st in Shanghai:
                                // 11 days, back
                                opens("4", at("04:00:02")), // 8 days after May 24th: back
                                opens("5", at("04:00:03")), // 7 days after May 25th: not back
                                opens("6", at("04:00:12")), // the day after May 31st
                                opens("7", at("04:00:14"))) // never logged in before
                        .run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-05-20T04:00:00Z", 1L, 0L),
                        tuple("2024-05-24T04:00:00Z", 1L, 0L),
                        tuple("2024-05-25T04:00:00Z", 1L, 0L),
                        tuple("2024-05-31T15:00:00Z", 1L, 1L),
                        tuple("2024-06-01T04:00:00Z", 2L, 1L),
                        tuple("2024-06-01T04:00:10Z", 2L, 0L));
        assertThat(out.deadLetters()).isEmpty();
    }

    /** A page of user {@code uid} (on their own device) that opens a session: a login. */
    private static PageLog opens(String uid, Instant at) {
        return page(device("m" + uid, uid), at, "home", null, 2_000L);
    }

    private static List<Tuple> rows(PipelineRun.Outputs out) {
        List<UserUserLoginWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_USER_USER_LOGIN_WINDOW),
                        r -> List.of(r.stt, r.edt),
                        r -> r.ts);
        return rows.stream()
                .map(r -> tuple(DwdRecords.window(r.stt, r.edt), r.uuCt, r.backCt))
                .toList();
    }
}
