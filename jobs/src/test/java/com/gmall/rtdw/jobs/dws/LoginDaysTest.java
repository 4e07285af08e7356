package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.Signed;
import com.gmall.rtdw.model.common.Common;
import com.gmall.rtdw.model.common.Page;
import com.gmall.rtdw.model.dwd.PageLog;
import com.gmall.rtdw.model.dws.UserUserLoginWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login days per user and back-flow after 8 days or more, days in Asia/Shanghai. */
class LoginDaysTest {
    private KeyedOneInputStreamOperatorTestHarness<String, Signed<PageLog>, UserUserLoginWindow>
            harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new LoginDays(ZoneId.of("Asia/Shanghai")),
                        p -> p.value.getCommon().getUid(),
                        Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    static PageLog page(String uid, String at, String lastPageId) {
        Page page = new Page();
        page.setPageId("home");
        page.setLastPageId(lastPageId);
        return new PageLog(
                Common.newBuilder().setMid("m-" + uid).setUid(uid).build(),
                page,
                Instant.parse(at));
    }

    private void login(String uid, String at) throws Exception {
        harness.processElement(Signed.add(page(uid, at, null)), Instant.parse(at).toEpochMilli());
    }

    private void takeBack(String uid, String at) throws Exception {
        harness.processElement(
                Signed.retract(page(uid, at, null)), Instant.parse(at).toEpochMilli());
    }

    private List<String> rows() {
        return harness.extractOutputValues().stream()
                .map(r -> "uu=" + r.uuCt + " back=" + r.backCt)
                .toList();
    }

    @Test
    void aUserBackAfterEightDaysOrMoreIsBackFlowU3() throws Exception {
        login("u1", "2024-06-01T02:00:00Z");
        login(
                "u1",
                "2024-06-09T02:00:00Z"); // 8 days later: back (the reference needed more than 8,
        // and forgot in 1)
        login("u1", "2024-06-16T02:00:00Z"); // 7 days later: a login, not back-flow

        assertThat(rows()).containsExactly("uu=1 back=0", "uu=1 back=1", "uu=1 back=0");
    }

    @Test
    void aFirstMovedToAnEarlierLoginKeepsItsBackFlowAndNoRowIsZeroU4() throws Exception {
        login("u1", "2024-06-01T02:00:00Z");
        login("u1", "2024-06-09T03:00:00Z"); // back
        takeBack(
                "u1",
                "2024-06-09T03:00:00Z"); // an earlier login of the day came late: the first moves
        login("u1", "2024-06-09T02:00:00Z");

        assertThat(rows())
                .containsExactly("uu=1 back=0", "uu=1 back=1", "uu=-1 back=-1", "uu=1 back=1");
    }

    @Test
    void aDaysFirstArrivingAfterALaterDaysIsCountedButNotBackFlow() throws Exception {
        login("u1", "2024-06-01T02:00:00Z");
        login("u1", "2024-06-10T02:00:00Z"); // back
        login(
                "u1",
                "2024-06-09T23:00:00Z"); // June 10th 07:00 in Shanghai is the same day: a second
        // first?
        login("u1", "2024-06-09T15:00:00Z"); // June 9th 23:00 in Shanghai, after June 10th's

        assertThat(rows())
                .containsExactly("uu=1 back=0", "uu=1 back=1", "uu=1 back=1", "uu=1 back=0");
    }

    @Test
    void onlyPagesOfAKnownUserOpeningASessionOrAfterLoginAreLoginsU2() {
        assertThat(DwsUserUserLoginWindow.isLogin(page("u1", "2024-06-01T02:00:00Z", null)))
                .isTrue();
        assertThat(DwsUserUserLoginWindow.isLogin(page("u1", "2024-06-01T02:00:00Z", "login")))
                .isTrue();
        assertThat(DwsUserUserLoginWindow.isLogin(page("u1", "2024-06-01T02:00:00Z", "home")))
                .isFalse();
        // the reference keyed these by a null uid (and crashed) before filtering
        PageLog anonymous = page("u1", "2024-06-01T02:00:00Z", "login");
        anonymous.getCommon().setUid(null);
        assertThat(DwsUserUserLoginWindow.isLogin(anonymous)).isFalse();
        anonymous.getCommon().setUid("");
        assertThat(DwsUserUserLoginWindow.isLogin(anonymous)).isFalse();
    }

    @Test
    void theLastLoginDayIsForgottenAYearAfterItsDayByATimerMovedAtEachLogin() throws Exception {
        login("u1", "2024-06-01T02:00:00Z");
        login("u1", "2024-06-05T02:00:00Z");
        assertThat(harness.numEventTimeTimers())
                .as("the first login's timer was moved")
                .isEqualTo(1);
        assertThat(harness.numKeyedStateEntries())
                .as("the last day, and its back-flow (June 1st's is gone)")
                .isEqualTo(2);

        harness.processWatermark(
                new Watermark(Instant.parse("2025-06-04T00:00:00Z").toEpochMilli()));
        assertThat(harness.numKeyedStateEntries()).as("not yet a year after June 5th").isEqualTo(2);
        harness.processWatermark(
                new Watermark(Instant.parse("2025-06-06T00:00:00Z").toEpochMilli()));
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
