package com.gmall.rtdw.check;

import static com.gmall.rtdw.check.ExpectedDws.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wltea.analyzer.core.IKSegmenter;
import org.wltea.analyzer.core.Lexeme;

/**
 * The oracle's log side ({@link ExpectedDws}): app log lines, is_new repaired, and the four traffic
 * tables.
 */
final class ExpectedTraffic {
    private ExpectedTraffic() {}

    /** One parsed app log line, with is_new already repaired. Lists of them are in write order. */
    record LogLine(
            long ts,
            String mid,
            String uid,
            String vc,
            String ch,
            String ar,
            String isNew,
            boolean isPage,
            String pageId,
            String lastPageId,
            String item,
            String itemType,
            long duringTime) {

        /** A page whose last_page_id is null or empty opens a session. */
        boolean opensSession() {
            return isEmpty(lastPageId);
        }

        static List<LogLine> parseAll(List<String> lines, ZoneId zone) {
            NewVisitorRepair repair = new NewVisitorRepair(zone);
            List<LogLine> out = new ArrayList<>();
            for (String text : lines) {
                LogLine line = parse(text);
                if (line != null) {
                    out.add(line.withIsNew(repair.repair(line.mid, line.isNew, line.ts)));
                }
            }
            return out;
        }

        /** The line, or null when it does not parse or has no numeric ts or no mid. */
        static LogLine parse(String text) {
            JsonNode root;
            try {
                root = JSON.readTree(text);
            } catch (IOException e) {
                return null;
            }
            if (root == null
                    || !root.isObject()
                    || !root.path("ts").canConvertToLong()
                    || !root.path("ts").isIntegralNumber()) {
                return null;
            }
            JsonNode common = root.path("common");
            String mid = text(common, "mid");
            if (mid == null) {
                return null;
            }
            JsonNode page = root.path("page");
            // a start log may carry a page too; page logs are those with a page and no start
            boolean isPage =
                    page.isObject() && (root.get("start") == null || root.get("start").isNull());
            JsonNode during = page.path("during_time");
            return new LogLine(
                    root.get("ts").asLong(),
                    mid,
                    text(common, "uid"),
                    text(common, "vc"),
                    text(common, "ch"),
                    text(common, "ar"),
                    text(common, "is_new"),
                    isPage,
                    text(page, "page_id"),
                    text(page, "last_page_id"),
                    text(page, "item"),
                    text(page, "item_type"),
                    during.isNumber() ? during.asLong() : 0);
        }

        LogLine withIsNew(String repaired) {
            return new LogLine(
                    ts,
                    mid,
                    uid,
                    vc,
                    ch,
                    ar,
                    repaired,
                    isPage,
                    pageId,
                    lastPageId,
                    item,
                    itemType,
                    duringTime);
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.path(field);
            return v.isValueNode() && !v.isNull() ? v.asText() : null;
        }
    }

    /**
     * The is_new repair, per device over all lines (start logs too) in write order: the state is
     * the device's first day. A "1" on a later day than that is wrong and becomes "0"; a "0" from a
     * device never seen means it was first seen before, so yesterday at the latest.
     */
    static final class NewVisitorRepair {
        private final ZoneId zone;
        private final Map<String, Long> firstDay = new HashMap<>();

        NewVisitorRepair(ZoneId zone) {
            this.zone = zone;
        }

        String repair(String mid, String isNew, long ts) {
            long day = Clock.day(ts, zone);
            Long first = firstDay.get(mid);
            if ("1".equals(isNew)) {
                if (first == null || first > day) {
                    firstDay.put(mid, day);
                } else if (first < day) {
                    return "0";
                }
            } else if ("0".equals(isNew) && first == null) {
                firstDay.put(mid, day - 1);
            }
            return isNew;
        }
    }

    /** The four log-side tables, from the page logs. */
    static final class Traffic {
        private Traffic() {}

        /**
         * Every keyword page's item split by IK (smart mode); each word counts where its page
         * falls.
         */
        static Table keywords(List<LogLine> pages, Clock clock) {
            Table t = new Table(KEYWORD, List.of("source", "keyword")).count("keyword_count");
            for (LogLine p : pages) {
                if ("keyword".equals(p.itemType) && !isEmpty(p.item)) {
                    for (String word : ikWords(p.item)) {
                        t.row(clock, p.ts, "search", word).add("keyword_count", 1);
                    }
                }
            }
            return t;
        }

        /**
         * Visitors, sessions, pages, time on page and bounces per version, channel, area and new
         * flag.
         */
        static Table vcChArIsNew(List<LogLine> pages, Clock clock) {
            Table t =
                    new Table(VC_CH_AR_IS_NEW, List.of("vc", "ch", "ar", "is_new"))
                            .count("uv_ct")
                            .count("sv_ct")
                            .count("pv_ct")
                            .count("dur_sum")
                            .count("uj_ct");
            for (LogLine p : pages) {
                Table.Row r = dims(t, clock, p);
                r.add("pv_ct", 1);
                r.add("dur_sum", p.duringTime);
                if (p.opensSession()) {
                    r.add("sv_ct", 1);
                }
            }
            for (LogLine p : firstPerKeyAndDay(pages, LogLine::mid, LogLine::ts, clock.zone())) {
                dims(t, clock, p).add("uv_ct", 1);
            }
            for (LogLine p : bounces(pages)) {
                dims(t, clock, p).add("uj_ct", 1);
            }
            return t;
        }

        private static Table.Row dims(Table t, Clock clock, LogLine p) {
            return t.row(clock, p.ts, p.vc, p.ch, p.ar, p.isNew);
        }

        /**
         * Session-opening pages whose device's next page (by time, then write order) is not there
         * within the bounce timeout, or opens a session itself. The last pages of the run have no
         * next page: bounces.
         */
        static List<LogLine> bounces(List<LogLine> pages) {
            Map<String, List<LogLine>> byMid = new LinkedHashMap<>();
            for (LogLine p : pages) {
                byMid.computeIfAbsent(p.mid, k -> new ArrayList<>()).add(p);
            }
            List<LogLine> out = new ArrayList<>();
            for (List<LogLine> mine : byMid.values()) {
                mine.sort(Comparator.comparingLong(LogLine::ts)); // stable: ties in write order
                for (int i = 0; i < mine.size(); i++) {
                    LogLine p = mine.get(i);
                    LogLine next = i + 1 < mine.size() ? mine.get(i + 1) : null;
                    if (p.opensSession()
                            && (next == null
                                    || next.ts - p.ts >= BOUNCE_TIMEOUT_MILLIS
                                    || next.opensSession())) {
                        out.add(p);
                    }
                }
            }
            return out;
        }

        /** Devices whose first home page, or first detail page, of the day falls in the window. */
        static Table pageView(List<LogLine> pages, Clock clock) {
            Table t =
                    new Table(PAGE_VIEW, List.of()).count("home_uv_ct").count("good_detail_uv_ct");
            for (String pageId : List.of("home", "good_detail")) {
                List<LogLine> those = pages.stream().filter(p -> pageId.equals(p.pageId)).toList();
                for (LogLine p :
                        firstPerKeyAndDay(those, LogLine::mid, LogLine::ts, clock.zone())) {
                    t.row(clock, p.ts).add(pageId + "_uv_ct", 1);
                }
            }
            return t;
        }

        /**
         * Logins (a page with a uid that opens a session or follows the login page): users whose
         * first login of the day falls in the window; back users are those whose previous login was
         * 8 or more days before.
         */
        static Table userLogin(List<LogLine> pages, Clock clock) {
            Table t = new Table(USER_LOGIN, List.of()).count("back_ct").count("uu_ct");
            List<LogLine> logins =
                    new ArrayList<>(
                            pages.stream()
                                    .filter(
                                            p ->
                                                    !isEmpty(p.uid)
                                                            && (p.opensSession()
                                                                    || "login"
                                                                            .equals(p.lastPageId)))
                                    .toList());
            logins.sort(Comparator.comparingLong(LogLine::ts));
            Map<String, Long> lastLoginDay = new HashMap<>();
            for (LogLine login : logins) {
                long day = clock.day(login.ts);
                Long last = lastLoginDay.put(login.uid, day);
                if (last != null && last == day) {
                    continue; // not the first login of the day
                }
                Table.Row r = t.row(clock, login.ts);
                r.add("uu_ct", 1);
                if (last != null && day - last >= 8) {
                    r.add("back_ct", 1);
                }
            }
            return t;
        }

        static List<String> ikWords(String text) {
            IKSegmenter segmenter = new IKSegmenter(new StringReader(text), true);
            List<String> words = new ArrayList<>();
            try {
                for (Lexeme lexeme = segmenter.next(); lexeme != null; lexeme = segmenter.next()) {
                    words.add(lexeme.getLexemeText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }
}
