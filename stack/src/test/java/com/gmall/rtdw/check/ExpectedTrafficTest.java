package com.gmall.rtdw.check;

import static com.gmall.rtdw.check.ExpectedDwsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The expected traffic rows ({@link ExpectedTraffic}) on small hand-built app logs, each figure
 * worked out by hand.
 */
class ExpectedTrafficTest {
    // ---------------------------------------------------------------------------------------------------------
    // Log side

    @Test
    void pagesSessionsDurationsVisitorsAndBouncesPerVersionChannelAreaAndNewFlag() {
        List<String> lines =
                List.of(
                        log("m1", T0).start().json(), // a start log is no page
                        log("m1", T0).page("home", null, 1000).json(),
                        log("m1", T0 + 3 * S)
                                .page("good_list", "home", 2000)
                                .json(), // continues m1's session: no bounce
                        log("m2", T0 + S)
                                .ch("oppo")
                                .page("home", null, 1000)
                                .json(), // nothing after it: bounce
                        log("m3", T0 + 2 * S)
                                .page("home", null, 1000)
                                .json(), // next page opens a session: bounce
                        log("m3", T0 + 5 * S)
                                .page("home", null, 1000)
                                .json(), // nothing after it: bounce
                        log("m4", T0 + 4 * S)
                                .page("home", null, 1000)
                                .json(), // next page 10 s later: bounce
                        log("m4", T0 + 14 * S).page("good_detail", "home", 500).json(),
                        log("m4", T0 + 15 * S)
                                .start()
                                .page("home", null, 700)
                                .json()); // start log with a page: no page log

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.VC_CH_AR_IS_NEW);

        assertThat(rows)
                .containsExactly(
                        row(
                                T0, "vc", "v1", "ch", "oppo", "ar", "110000", "is_new", "0",
                                "uv_ct", "1", "sv_ct", "1", "pv_ct", "1", "dur_sum", "1000",
                                "uj_ct", "1"),
                        row(
                                T0, "vc", "v1", "ch", "xiaomi", "ar", "110000", "is_new", "0",
                                "uv_ct", "3", "sv_ct", "4", "pv_ct", "5", "dur_sum", "6000",
                                "uj_ct", "3"),
                        row(
                                T0 + W, "vc", "v1", "ch", "xiaomi", "ar", "110000", "is_new", "0",
                                "uv_ct", "0", "sv_ct", "0", "pv_ct", "1", "dur_sum", "500", "uj_ct",
                                "0"));
    }

    @Test
    void isNewIsRepairedPerDeviceOverAllLinesInWriteOrder() {
        List<String> lines =
                List.of(
                        // n1: a later day first (first day = D+1), then day D (first day moves back
                        // to D, stays new),
                        // then D+1 again: a "1" after the first day becomes "0"
                        log("n1", T0 + DAY).vc("n1").isNew("1").page("home", null, 1000).json(),
                        log("n1", T0).vc("n1").isNew("1").page("home", null, 1000).json(),
                        log("n1", T0 + DAY + 5 * S)
                                .vc("n1")
                                .isNew("1")
                                .page("home", null, 1000)
                                .json(),
                        // n2: a start log sets the first day; its page the next day is not new
                        log("n2", T0).vc("n2").isNew("1").start().json(),
                        log("n2", T0 + DAY + 20 * S)
                                .vc("n2")
                                .isNew("1")
                                .page("home", null, 1000)
                                .json(),
                        // n3: "0" from an unknown device means first seen yesterday at the latest:
                        // a later "1" is wrong
                        log("n3", T0).vc("n3").isNew("0").page("home", null, 1000).json(),
                        log("n3", T0 + 30 * S).vc("n3").isNew("1").page("home", null, 1000).json());

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.VC_CH_AR_IS_NEW);

        assertThat(rows)
                .extracting(
                        r -> r.get("stt"),
                        r -> r.get("vc"),
                        r -> r.get("is_new"),
                        r -> r.get("pv_ct"))
                .containsExactlyInAnyOrder(
                        tuple(s(T0), "n1", "1", "1"),
                        tuple(s(T0 + DAY), "n1", "1", "1"),
                        tuple(s(T0 + DAY), "n1", "0", "1"),
                        tuple(s(T0 + DAY + 20 * S), "n2", "0", "1"),
                        tuple(s(T0), "n3", "0", "1"),
                        tuple(s(T0 + 30 * S), "n3", "0", "1"));
    }

    @Test
    void aVisitorCountsOncePerDayAtItsEarliestPageWithThatPagesDimensions() {
        List<String> lines =
                List.of(
                        log("m1", T0 + 12 * S)
                                .vc("late")
                                .page("home", null, 1000)
                                .json(), // written first, but later
                        log("m1", T0 + 3 * S).vc("early").page("home", null, 1000).json(),
                        log("m1", T0 + 25 * S).vc("early").page("good_detail", "home", 1000).json(),
                        log("m1", T0 + DAY)
                                .vc("early")
                                .page("home", null, 1000)
                                .json()); // a new day: counts again

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.VC_CH_AR_IS_NEW);

        assertThat(rows)
                .extracting(r -> r.get("stt"), r -> r.get("vc"), r -> r.get("uv_ct"))
                .containsExactly(
                        tuple(s(T0), "early", "1"),
                        tuple(s(T0 + W), "late", "0"),
                        tuple(s(T0 + 2 * W), "early", "0"),
                        tuple(s(T0 + DAY), "early", "1"));
    }

    @Test
    void homeAndDetailVisitorsCountAtTheDevicesFirstSuchPageOfTheDay() {
        List<String> lines =
                List.of(
                        log("m1", T0).page("home", null, 1000).json(),
                        log("m1", T0 + 2 * S).page("good_detail", "home", 1000).json(),
                        log("m1", T0 + 12 * S)
                                .page("home", "good_detail", 1000)
                                .json(), // not its first home today
                        log("m2", T0 + 15 * S).page("good_detail", null, 1000).json(),
                        log("m2", T0 + 16 * S).page("home", "good_detail", 1000).json(),
                        log("m3", T0 + 35 * S)
                                .page("home", null, 1000)
                                .json(), // written first; the earlier one counts
                        log("m3", T0 + 28 * S).page("home", null, 1000).json(),
                        log("m1", T0 + DAY).page("good_detail", null, 1000).json(), // the next day
                        log("m4", T0 + 45 * S).page("cart", null, 1000).json()); // neither: no row

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.PAGE_VIEW);

        assertThat(rows)
                .containsExactly(
                        row(T0, "home_uv_ct", "1", "good_detail_uv_ct", "1"),
                        row(T0 + W, "home_uv_ct", "1", "good_detail_uv_ct", "1"),
                        row(T0 + 2 * W, "home_uv_ct", "1", "good_detail_uv_ct", "0"),
                        row(T0 + DAY, "home_uv_ct", "0", "good_detail_uv_ct", "1"));
    }

    @Test
    void searchKeywordsAreSplitByIkAndCountedPerWindow() {
        List<String> lines =
                List.of(
                        log("m1", T0).page("good_list", null, 1000).item("小米手机", "keyword").json(),
                        log("m1", T0 + 5 * S)
                                .page("good_list", "search", 1000)
                                .item("小米手机", "keyword")
                                .json(),
                        log("m2", T0 + 11 * S)
                                .page("good_list", "home", 1000)
                                .item("小米手机", "keyword")
                                .json(),
                        log("m2", T0 + 12 * S)
                                .page("good_detail", "good_list", 1000)
                                .item("12", "sku_id")
                                .json(),
                        log("m2", T0 + 13 * S)
                                .page("good_list", "good_list", 1000)
                                .item("", "keyword")
                                .json());

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.KEYWORD);

        assertThat(ExpectedTraffic.Traffic.ikWords("小米手机")).containsExactly("小米", "手机");
        assertThat(rows)
                .containsExactly(
                        row(T0, "source", "search", "keyword", "小米", "keyword_count", "2"),
                        row(T0, "source", "search", "keyword", "手机", "keyword_count", "2"),
                        row(T0 + W, "source", "search", "keyword", "小米", "keyword_count", "1"),
                        row(T0 + W, "source", "search", "keyword", "手机", "keyword_count", "1"));
    }

    @Test
    void usersLoggingInCountOncePerDayAndComeBackAfterEightDaysOrMore() {
        List<String> lines =
                List.of(
                        log("a", T0 - 8 * DAY).uid("3").page("home", null, 1000).json(),
                        log("b", T0 - 7 * DAY).uid("4").page("home", null, 1000).json(),
                        log("c", T0).uid("1").page("home", null, 1000).json(), // u1's login today
                        log("c", T0 + 3 * S)
                                .uid("1")
                                .page("home", "login", 1000)
                                .json(), // a login, not the first today
                        log("c", T0 + 4 * S)
                                .uid("1")
                                .page("good_list", "home", 1000)
                                .json(), // no login
                        log("d", T0 + 12 * S)
                                .uid("2")
                                .page("cart", "home", 1000)
                                .json(), // no login
                        log("e", T0 + 13 * S).page("home", null, 1000).json(), // no uid
                        log("a", T0 + 15 * S)
                                .uid("3")
                                .page("home", null, 1000)
                                .json(), // 8 days after: back
                        log("b", T0 + 16 * S)
                                .uid("4")
                                .page("home", null, 1000)
                                .json()); // 7 days after: not back

        List<Map<String, String>> rows = compute(List.of(), lines).get(ExpectedDws.USER_LOGIN);

        assertThat(rows)
                .containsExactly(
                        row(T0 - 8 * DAY, "back_ct", "0", "uu_ct", "1"),
                        row(T0 - 7 * DAY, "back_ct", "0", "uu_ct", "1"),
                        row(T0, "back_ct", "0", "uu_ct", "1"),
                        row(T0 + W, "back_ct", "1", "uu_ct", "2"));
    }

    @Test
    void linesThatDoNotParseOrLackTsOrMidAreSkipped() {
        String good = log("m1", T0).page("home", null, 1000).json();
        List<String> lines =
                List.of(
                        "not json: " + good.substring(0, 20),
                        good.substring(0, good.length() / 2),
                        good.replaceFirst("\"ts\":\\d+", "\"ts\":\"yesterday\""),
                        good.replace("\"mid\":\"m1\",", "").replace(",\"mid\":\"m1\"", ""),
                        "",
                        good);

        Map<String, List<Map<String, String>>> all = compute(List.of(), lines);

        assertThat(all.get(ExpectedDws.VC_CH_AR_IS_NEW))
                .extracting(r -> r.get("pv_ct"))
                .containsExactly("1");
    }
}
