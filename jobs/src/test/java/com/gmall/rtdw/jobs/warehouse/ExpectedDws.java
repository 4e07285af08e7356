package com.gmall.rtdw.jobs.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmall.rtdw.sim.RowChange;
import com.gmall.rtdw.sim.ShopTransaction;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.wltea.analyzer.core.IKSegmenter;
import org.wltea.analyzer.core.Lexeme;

/**
 * What the ten DWS ClickHouse tables should hold for a simulated run, calculated directly from the simulator's input
 * (business transactions and app log lines) in event time, without any of the pipeline's code: an independent
 * oracle for the end-to-end test. Dimensions and the users' order and payment history come through
 * {@link ShopHistory} ({@link JdbcShopHistory} in the end-to-end test, an in-memory one in unit tests).
 *
 * <p>Output: table name to rows; a row is column to text in the table's column order (without {@code ts}), with
 * {@code stt}/{@code edt} as epoch milliseconds, counts as integers, amounts with two decimals and null as null.
 * A window is {@code [k * W, (k + 1) * W)} in epoch milliseconds; days are days of the warehouse zone. Rows whose
 * measures are all zero are left out, and rows are sorted by {@link #sortKey}.
 */
public final class ExpectedDws {
    /** A bounce is a session-opening page with no page of the same device within this time after it. */
    public static final long BOUNCE_TIMEOUT_MILLIS = 10_000;

    public static final String KEYWORD = "dws_traffic_source_keyword_page_view_window";
    public static final String VC_CH_AR_IS_NEW = "dws_traffic_vc_ch_ar_is_new_page_view_window";
    public static final String PAGE_VIEW = "dws_traffic_page_view_window";
    public static final String USER_LOGIN = "dws_user_user_login_window";
    public static final String USER_REGISTER = "dws_user_user_register_window";
    public static final String CART_ADD = "dws_trade_cart_add_uu_window";
    public static final String PAYMENT_SUC = "dws_trade_payment_suc_window";
    public static final String ORDER = "dws_trade_order_window";
    public static final String USER_SPU_ORDER = "dws_trade_user_spu_order_window";
    public static final String PROVINCE_ORDER = "dws_trade_province_order_window";

    /** The columns of each table in order, without {@code ts}. */
    public static final Map<String, List<String>> COLUMNS = columns();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExpectedDws() {}

    /** One business transaction as written, with the simulated time it was written at. */
    public record Business(long millis, ShopTransaction tx) {}

    /** The SKU's place in the catalogue (sku_info); a null id is unknown. */
    public record SkuDims(Long spuId, Long tmId, Long category3Id) {}

    /** base_category3: its name and parent. */
    public record Category3(String name, Long category2Id) {}

    /** base_category2: its name and parent. */
    public record Category2(String name, Long category1Id) {}

    /** Dimension rows and history that the run's own rows do not carry. Empty means unknown. */
    public interface ShopHistory {
        Optional<SkuDims> sku(long skuId);

        Optional<String> spuName(long spuId);

        Optional<String> trademarkName(long tmId);

        Optional<Category3> category3(long category3Id);

        Optional<Category2> category2(long category2Id);

        Optional<String> category1Name(long category1Id);

        Optional<String> provinceName(long provinceId);

        /** MIN(order_info.create_time) over all the user's orders, including those of the run. */
        Optional<Instant> firstOrderTime(long userId);

        /** MIN(payment_info.callback_time) over the user's payments that have one. */
        Optional<Instant> firstPaymentTime(long userId);

        /** cart_info.user_id, for re-adds to cart lines inserted before the run. */
        Optional<Long> cartUserId(long cartId);
    }

    /**
     * Calculates every table.
     *
     * @param business the business transactions in the order written
     * @param logLines the app log lines in the order written; lines that do not parse, or lack {@code ts} or
     *     {@code common.mid}, are skipped
     * @param history dimensions and history
     * @param zone the warehouse zone (business DATETIMEs are local times there; days are its days)
     * @param windowMillis the window size
     */
    public static Map<String, List<Map<String, String>>> compute(List<Business> business, List<String> logLines,
            ShopHistory history, ZoneId zone, long windowMillis) {
        Clock clock = new Clock(zone, windowMillis);
        List<LogLine> logs = LogLine.parseAll(logLines, zone);
        List<LogLine> pages = logs.stream().filter(LogLine::isPage).toList();
        ShopFacts shop = ShopFacts.replay(business, zone, history);

        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        out.put(KEYWORD, Traffic.keywords(pages, clock).rows());
        out.put(VC_CH_AR_IS_NEW, Traffic.vcChArIsNew(pages, clock).rows());
        out.put(PAGE_VIEW, Traffic.pageView(pages, clock).rows());
        out.put(USER_LOGIN, Traffic.userLogin(pages, clock).rows());
        out.put(USER_REGISTER, Trade.register(shop, clock).rows());
        out.put(CART_ADD, Trade.cartAdd(shop, clock).rows());
        out.put(PAYMENT_SUC, Trade.paymentSuc(shop, clock, history).rows());
        out.put(ORDER, Trade.order(shop, clock, history).rows());
        out.put(USER_SPU_ORDER, Trade.userSpuOrder(shop, clock, history).rows());
        out.put(PROVINCE_ORDER, Trade.provinceOrder(shop, clock, history).rows());
        return out;
    }

    /** Only the rows of windows inside {@code [fromMillis, toMillis]}: fromMillis ≤ stt and edt ≤ toMillis. */
    public static Map<String, List<Map<String, String>>> restrictTo(Map<String, List<Map<String, String>>> all,
            long fromMillis, long toMillis) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        all.forEach((table, rows) -> out.put(table, rows.stream()
                .filter(r -> Long.parseLong(r.get("stt")) >= fromMillis && Long.parseLong(r.get("edt")) <= toMillis)
                .toList()));
        return out;
    }

    /** Rows in the order this class returns them (by {@link #sortKey}, stable), e.g. for rows read back from ClickHouse. */
    public static List<Map<String, String>> sorted(Collection<Map<String, String>> rows) {
        List<Map<String, String>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(ExpectedDws::sortKey));
        return out;
    }

    /** A row's values joined by a tab, null as {@code \N}. */
    public static String sortKey(Map<String, String> row) {
        List<String> values = new ArrayList<>();
        row.values().forEach(v -> values.add(v == null ? "\\N" : v));
        return String.join("\t", values);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Time

    /** Windows and days. */
    record Clock(ZoneId zone, long windowMillis) {
        long windowStart(long millis) {
            return Math.floorDiv(millis, windowMillis) * windowMillis;
        }

        long day(long millis) {
            return Clock.day(millis, zone);
        }

        static long day(long millis, ZoneId zone) {
            return Instant.ofEpochMilli(millis).atZone(zone).toLocalDate().toEpochDay();
        }
    }

    /**
     * Of events in write order, the first per key and day: smallest time, the earlier written on ties. This is
     * what every "unique per day" measure counts.
     */
    static <E> List<E> firstPerKeyAndDay(List<E> events, Function<E, Object> key, ToLongFunction<E> millis,
            ZoneId zone) {
        List<E> byTime = new ArrayList<>(events);
        byTime.sort(Comparator.comparingLong(millis)); // stable: ties stay in write order
        Set<List<Object>> seen = new HashSet<>();
        List<E> out = new ArrayList<>();
        for (E e : byTime) {
            if (seen.add(Arrays.asList(key.apply(e), Clock.day(millis.applyAsLong(e), zone)))) {
                out.add(e);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Log side

    /** One parsed app log line, with is_new already repaired. Lists of them are in write order. */
    record LogLine(long ts, String mid, String uid, String vc, String ch, String ar, String isNew,
            boolean isPage, String pageId, String lastPageId, String item, String itemType, long duringTime) {

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
            if (root == null || !root.isObject() || !root.path("ts").canConvertToLong()
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
            boolean isPage = page.isObject() && (root.get("start") == null || root.get("start").isNull());
            JsonNode during = page.path("during_time");
            return new LogLine(root.get("ts").asLong(), mid, text(common, "uid"), text(common, "vc"),
                    text(common, "ch"), text(common, "ar"), text(common, "is_new"), isPage, text(page, "page_id"),
                    text(page, "last_page_id"), text(page, "item"), text(page, "item_type"),
                    during.isNumber() ? during.asLong() : 0);
        }

        LogLine withIsNew(String repaired) {
            return new LogLine(ts, mid, uid, vc, ch, ar, repaired, isPage, pageId, lastPageId, item, itemType,
                    duringTime);
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.path(field);
            return v.isValueNode() && !v.isNull() ? v.asText() : null;
        }
    }

    /**
     * The is_new repair, per device over all lines (start logs too) in write order: the state is the device's first
     * day. A "1" on a later day than that is wrong and becomes "0"; a "0" from a device never seen means it was first
     * seen before, so yesterday at the latest.
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

        /** Every keyword page's item split by IK (smart mode); each word counts where its page falls. */
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

        /** Visitors, sessions, pages, time on page and bounces per version, channel, area and new flag. */
        static Table vcChArIsNew(List<LogLine> pages, Clock clock) {
            Table t = new Table(VC_CH_AR_IS_NEW, List.of("vc", "ch", "ar", "is_new"))
                    .count("uv_ct").count("sv_ct").count("pv_ct").count("dur_sum").count("uj_ct");
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
         * Session-opening pages whose device's next page (by time, then write order) is not there within the bounce
         * timeout, or opens a session itself. The last pages of the run have no next page: bounces.
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
                    if (p.opensSession() && (next == null || next.ts - p.ts >= BOUNCE_TIMEOUT_MILLIS
                            || next.opensSession())) {
                        out.add(p);
                    }
                }
            }
            return out;
        }

        /** Devices whose first home page, or first detail page, of the day falls in the window. */
        static Table pageView(List<LogLine> pages, Clock clock) {
            Table t = new Table(PAGE_VIEW, List.of()).count("home_uv_ct").count("good_detail_uv_ct");
            for (String pageId : List.of("home", "good_detail")) {
                List<LogLine> those = pages.stream().filter(p -> pageId.equals(p.pageId)).toList();
                for (LogLine p : firstPerKeyAndDay(those, LogLine::mid, LogLine::ts, clock.zone())) {
                    t.row(clock, p.ts).add(pageId + "_uv_ct", 1);
                }
            }
            return t;
        }

        /**
         * Logins (a page with a uid that opens a session or follows the login page): users whose first login of the
         * day falls in the window; back users are those whose previous login was 8 or more days before.
         */
        static Table userLogin(List<LogLine> pages, Clock clock) {
            Table t = new Table(USER_LOGIN, List.of()).count("back_ct").count("uu_ct");
            List<LogLine> logins = new ArrayList<>(pages.stream()
                    .filter(p -> !isEmpty(p.uid) && (p.opensSession() || "login".equals(p.lastPageId))).toList());
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

    // ------------------------------------------------------------------------------------------------------------
    // Business side

    /** An order line with its order's user, province and time. */
    record Detail(long id, long orderId, long userId, Long provinceId, long millis, long skuId, long skuNum,
            BigDecimal orderPrice, BigDecimal splitTotal, BigDecimal splitActivity, BigDecimal splitCoupon) {}

    /** What an order line takes from its order_info. */
    record OrderHead(Long userId, Long provinceId, Long millis) {}

    /** A user's event at a time (a cart add, a paid detail). Lists of them are in write order. */
    record UserEvent(long userId, long millis) {}

    /** The facts the trade tables count, replayed from the transactions in order. */
    static final class ShopFacts {
        final List<Long> registrations = new ArrayList<>();
        final List<UserEvent> cartAdds = new ArrayList<>();
        final List<Detail> details = new ArrayList<>();
        final List<UserEvent> paidDetails = new ArrayList<>();

        private final ZoneId zone;
        private final ShopHistory history;
        /** order_info inserts by order id. */
        private final Map<Long, OrderHead> orders = new HashMap<>();
        private final Map<Long, List<Detail>> detailsByOrder = new HashMap<>();
        /** cart line id to its user and last sku_num. */
        private final Map<Long, Long> cartUser = new HashMap<>();
        private final Map<Long, Long> cartNum = new HashMap<>();
        /** payment id to its order id and current status. */
        private final Map<Long, Long> paymentOrder = new HashMap<>();
        private final Map<Long, String> paymentStatus = new HashMap<>();

        private ShopFacts(ZoneId zone, ShopHistory history) {
            this.zone = zone;
            this.history = history;
        }

        static ShopFacts replay(List<Business> business, ZoneId zone, ShopHistory history) {
            ShopFacts facts = new ShopFacts(zone, history);
            for (Business b : business) {
                // order_info first: its details (in the same transaction) take its user, province and time
                for (RowChange row : b.tx().rows()) {
                    if (row.insert() && row.table().equals("order_info")) {
                        facts.orderInfo(row);
                    }
                }
                for (RowChange row : b.tx().rows()) {
                    facts.apply(row);
                }
            }
            return facts;
        }

        private void apply(RowChange row) {
            Map<String, Object> c = row.columns();
            switch (row.table()) {
                case "user_info" -> {
                    if (row.insert() && c.get("create_time") != null) {
                        registrations.add(millis(c.get("create_time")));
                    }
                }
                case "cart_info" -> cart(row);
                case "order_detail" -> {
                    if (row.insert()) {
                        orderDetail(row);
                    }
                }
                case "payment_info" -> payment(row);
                default -> { }
            }
        }

        private void orderInfo(RowChange row) {
            Map<String, Object> c = row.columns();
            Object created = c.get("create_time");
            orders.put(row.id(), new OrderHead(asLong(c.get("user_id")), asLong(c.get("province_id")),
                    created == null ? null : millis(created)));
        }

        /** An insert is an add; an update is one when sku_num grows (or its previous value is unknown). */
        private void cart(RowChange row) {
            Map<String, Object> c = row.columns();
            if (row.insert()) {
                cartUser.put(row.id(), asLong(c.get("user_id")));
                cartNum.put(row.id(), asLong(c.get("sku_num")));
                addCart(row.id(), c.get("create_time"));
            } else if (c.containsKey("sku_num")) {
                Long now = asLong(c.get("sku_num"));
                Long before = cartNum.put(row.id(), now);
                if (now != null && (before == null || now > before)) {
                    addCart(row.id(), c.get("operate_time"));
                }
            }
        }

        private void addCart(long cartId, Object time) {
            Long user = cartUser.get(cartId);
            if (user == null) {
                user = history.cartUserId(cartId).orElse(null);
            }
            if (user != null && time != null) {
                cartAdds.add(new UserEvent(user, millis(time)));
            }
        }

        private void orderDetail(RowChange row) {
            Map<String, Object> c = row.columns();
            long orderId = asLong(c.get("order_id"));
            OrderHead order = orders.get(orderId);
            if (order == null || order.userId() == null || order.millis() == null) {
                return; // no order_info in the run: nothing to place the line by
            }
            Detail d = new Detail(row.id(), orderId, order.userId(), order.provinceId(), order.millis(),
                    asLong(c.get("sku_id")), orZero(asLong(c.get("sku_num"))), decimal(c.get("order_price")),
                    decimal(c.get("split_total_amount")), decimal(c.get("split_activity_amount")),
                    decimal(c.get("split_coupon_amount")));
            details.add(d);
            detailsByOrder.computeIfAbsent(orderId, k -> new ArrayList<>()).add(d);
        }

        /** A payment changing to paid (1602) makes each of its order's lines of the run a paid line at callback time. */
        private void payment(RowChange row) {
            Map<String, Object> c = row.columns();
            if (row.insert()) {
                paymentOrder.put(row.id(), asLong(c.get("order_id")));
                paymentStatus.put(row.id(), (String) c.get("payment_status"));
                return;
            }
            if (!c.containsKey("payment_status")) {
                return;
            }
            String before = paymentStatus.put(row.id(), (String) c.get("payment_status"));
            Long orderId = paymentOrder.get(row.id());
            if ("1602".equals(c.get("payment_status")) && !"1602".equals(before) && orderId != null
                    && c.get("callback_time") != null) {
                long at = millis(c.get("callback_time"));
                for (Detail d : detailsByOrder.getOrDefault(orderId, List.of())) {
                    paidDetails.add(new UserEvent(d.userId(), at));
                }
            }
        }

        private long millis(Object localDateTime) {
            LocalDateTime t = localDateTime instanceof LocalDateTime l ? l
                    : LocalDateTime.parse(localDateTime.toString(), DATETIME);
            return t.atZone(zone).toInstant().toEpochMilli();
        }
    }

    /** The six business-side tables. */
    static final class Trade {
        private Trade() {}

        static Table register(ShopFacts shop, Clock clock) {
            Table t = new Table(USER_REGISTER, List.of()).count("register_ct");
            shop.registrations.forEach(at -> t.row(clock, at).add("register_ct", 1));
            return t;
        }

        /** Users whose first cart add of the day falls in the window. */
        static Table cartAdd(ShopFacts shop, Clock clock) {
            Table t = new Table(CART_ADD, List.of()).count("cart_add_uu_ct");
            for (UserEvent e : firstPerKeyAndDay(shop.cartAdds, UserEvent::userId, UserEvent::millis, clock.zone())) {
                t.row(clock, e.millis()).add("cart_add_uu_ct", 1);
            }
            return t;
        }

        /** Users whose first paid line of the day falls in the window; new ones paid for the first time then. */
        static Table paymentSuc(ShopFacts shop, Clock clock, ShopHistory history) {
            Table t = new Table(PAYMENT_SUC, List.of())
                    .count("payment_suc_unique_user_count").count("payment_suc_new_user_count");
            for (UserEvent e : firstPerKeyAndDay(shop.paidDetails, UserEvent::userId, UserEvent::millis, clock.zone())) {
                Table.Row r = t.row(clock, e.millis());
                r.add("payment_suc_unique_user_count", 1);
                if (history.firstPaymentTime(e.userId()).equals(Optional.of(Instant.ofEpochMilli(e.millis())))) {
                    r.add("payment_suc_new_user_count", 1);
                }
            }
            return t;
        }

        /**
         * Users whose first order line of the day falls in the window (new ones: that is their first order ever) and
         * the amounts of all lines.
         */
        static Table order(ShopFacts shop, Clock clock, ShopHistory history) {
            Table t = new Table(ORDER, List.of())
                    .count("order_unique_user_count").count("order_new_user_count")
                    .sum("order_activity_reduce_amount").sum("order_coupon_reduce_amount")
                    .sum("order_original_total_amount");
            for (Detail d : shop.details) {
                Table.Row r = t.row(clock, d.millis());
                r.add("order_activity_reduce_amount", d.splitActivity());
                r.add("order_coupon_reduce_amount", d.splitCoupon());
                if (d.orderPrice() != null) {
                    r.add("order_original_total_amount", d.orderPrice().multiply(BigDecimal.valueOf(d.skuNum())));
                }
            }
            for (Detail d : firstPerKeyAndDay(shop.details, Detail::userId, Detail::millis, clock.zone())) {
                Table.Row r = t.row(clock, d.millis());
                r.add("order_unique_user_count", 1);
                if (history.firstOrderTime(d.userId()).equals(Optional.of(Instant.ofEpochMilli(d.millis())))) {
                    r.add("order_new_user_count", 1);
                }
            }
            return t;
        }

        /** Orders and their amount per province. */
        static Table provinceOrder(ShopFacts shop, Clock clock, ShopHistory history) {
            Table t = new Table(PROVINCE_ORDER, List.of("province_id", "province_name"))
                    .distinct("order_count").sum("order_amount");
            for (Detail d : shop.details) {
                String name = d.provinceId() == null ? null : history.provinceName(d.provinceId()).orElse(null);
                Table.Row r = t.row(clock, d.millis(), id(d.provinceId()), name);
                r.addDistinct("order_count", d.orderId());
                r.add("order_amount", d.splitTotal());
            }
            return t;
        }

        /** Orders and their amount per user and SPU, with the SPU's trademark and categories (names by id). */
        static Table userSpuOrder(ShopFacts shop, Clock clock, ShopHistory history) {
            Table t = new Table(USER_SPU_ORDER, List.of("trademark_id", "trademark_name", "category1_id",
                    "category1_name", "category2_id", "category2_name", "category3_id", "category3_name", "user_id",
                    "spu_id", "spu_name")).distinct("order_count").sum("order_amount");
            for (Detail d : shop.details) {
                SkuDims sku = history.sku(d.skuId()).orElse(new SkuDims(null, null, null));
                Category3 c3 = sku.category3Id() == null ? null : history.category3(sku.category3Id()).orElse(null);
                Long c2Id = c3 == null ? null : c3.category2Id();
                Category2 c2 = c2Id == null ? null : history.category2(c2Id).orElse(null);
                Long c1Id = c2 == null ? null : c2.category1Id();
                Table.Row r = t.row(clock, d.millis(),
                        id(sku.tmId()), name(sku.tmId(), history::trademarkName),
                        id(c1Id), name(c1Id, history::category1Name),
                        id(c2Id), c2 == null ? null : c2.name(),
                        id(sku.category3Id()), c3 == null ? null : c3.name(),
                        id(d.userId()), id(sku.spuId()), name(sku.spuId(), history::spuName));
                r.addDistinct("order_count", d.orderId());
                r.add("order_amount", d.splitTotal());
            }
            return t;
        }

        private static String name(Long id, Function<Long, Optional<String>> lookup) {
            return id == null ? null : lookup.apply(id).orElse(null);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Aggregation

    /**
     * One table being filled: rows keyed by window and key columns, each with its measures (a count, a decimal sum
     * or a count of distinct values).
     */
    static final class Table {
        private enum Kind { COUNT, SUM, DISTINCT }

        private final String name;
        private final List<String> keyColumns;
        private final Map<String, Kind> measures = new LinkedHashMap<>();
        private final Map<List<String>, Row> rows = new LinkedHashMap<>();

        Table(String name, List<String> keyColumns) {
            this.name = name;
            this.keyColumns = keyColumns;
        }

        Table count(String column) {
            measures.put(column, Kind.COUNT);
            return this;
        }

        Table sum(String column) {
            measures.put(column, Kind.SUM);
            return this;
        }

        Table distinct(String column) {
            measures.put(column, Kind.DISTINCT);
            return this;
        }

        List<String> columns() {
            List<String> out = new ArrayList<>(List.of("stt", "edt"));
            out.addAll(keyColumns);
            out.addAll(measures.keySet());
            return out;
        }

        /** The row of the window holding {@code millis} and these key values (in key column order). */
        Row row(Clock clock, long millis, String... keyValues) {
            if (keyValues.length != keyColumns.size()) {
                throw new IllegalArgumentException(name + ": " + keyColumns + " needs " + keyColumns.size() + " values");
            }
            long stt = clock.windowStart(millis);
            List<String> key = new ArrayList<>(List.of(Long.toString(stt), Long.toString(stt + clock.windowMillis())));
            key.addAll(Arrays.asList(keyValues)); // key values may be null
            return rows.computeIfAbsent(java.util.Collections.unmodifiableList(key), k -> new Row());
        }

        /** The rows with some measure not zero, formatted and sorted. */
        List<Map<String, String>> rows() {
            List<Map<String, String>> out = new ArrayList<>();
            for (Map.Entry<List<String>, Row> e : rows.entrySet()) {
                if (e.getValue().allZero()) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                List<String> columns = columns();
                for (int i = 0; i < e.getKey().size(); i++) {
                    row.put(columns.get(i), e.getKey().get(i));
                }
                measures.keySet().forEach(m -> row.put(m, e.getValue().text(m)));
                out.add(row);
            }
            return sorted(out);
        }

        /** The measures of one row. */
        final class Row {
            private final Map<String, Long> counts = new HashMap<>();
            private final Map<String, BigDecimal> sums = new HashMap<>();
            private final Map<String, Set<Object>> distinct = new HashMap<>();

            void add(String measure, long n) {
                check(measure, Kind.COUNT);
                counts.merge(measure, n, Long::sum);
            }

            /** Adds an amount; null adds nothing. */
            void add(String measure, BigDecimal amount) {
                check(measure, Kind.SUM);
                if (amount != null) {
                    sums.merge(measure, amount, BigDecimal::add);
                }
            }

            void addDistinct(String measure, Object value) {
                check(measure, Kind.DISTINCT);
                distinct.computeIfAbsent(measure, k -> new HashSet<>()).add(value);
            }

            private void check(String measure, Kind kind) {
                if (measures.get(measure) != kind) {
                    throw new IllegalArgumentException(name + " has no " + kind + " measure " + measure);
                }
            }

            boolean allZero() {
                return counts.values().stream().allMatch(n -> n == 0)
                        && sums.values().stream().allMatch(s -> s.signum() == 0)
                        && distinct.values().stream().allMatch(Set::isEmpty);
            }

            String text(String measure) {
                return switch (measures.get(measure)) {
                    case COUNT -> Long.toString(counts.getOrDefault(measure, 0L));
                    case SUM -> sums.getOrDefault(measure, BigDecimal.ZERO).setScale(2).toPlainString();
                    case DISTINCT -> Integer.toString(distinct.getOrDefault(measure, Set.of()).size());
                };
            }
        }
    }

    private static Map<String, List<String>> columns() {
        // the tables of an empty input have every column
        Clock clock = new Clock(ZoneId.of("UTC"), 1);
        ShopFacts none = ShopFacts.replay(List.of(), clock.zone(), null);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Table t : List.of(Traffic.keywords(List.of(), clock), Traffic.vcChArIsNew(List.of(), clock),
                Traffic.pageView(List.of(), clock), Traffic.userLogin(List.of(), clock), Trade.register(none, clock),
                Trade.cartAdd(none, clock), Trade.paymentSuc(none, clock, null), Trade.order(none, clock, null),
                Trade.userSpuOrder(none, clock, null), Trade.provinceOrder(none, clock, null))) {
            out.put(t.name, List.copyOf(t.columns()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Values

    static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** An id or count column value (Long, Integer, or numeric text as cart_info.user_id is) as a long; null stays null. */
    static Long asLong(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(Long.parseLong(v.toString().trim()));
    }

    static BigDecimal decimal(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    private static String id(Long id) {
        return id == null ? null : id.toString();
    }

    // ------------------------------------------------------------------------------------------------------------
    // JDBC

    /**
     * {@link ShopHistory} from the business database (MariaDB {@code gmall}), values bound, each answer cached.
     * DATETIME columns are local times of the warehouse zone.
     */
    public static final class JdbcShopHistory implements ShopHistory {
        private final Connection connection;
        private final ZoneId zone;
        private final Map<String, Optional<?>> cache = new HashMap<>();

        public JdbcShopHistory(Connection connection, ZoneId zone) {
            this.connection = Objects.requireNonNull(connection);
            this.zone = Objects.requireNonNull(zone);
        }

        @Override
        public Optional<SkuDims> sku(long skuId) {
            return query("SELECT spu_id, tm_id, category3_id FROM sku_info WHERE id = ?", skuId,
                    rs -> new SkuDims(longOrNull(rs, 1), longOrNull(rs, 2), longOrNull(rs, 3)));
        }

        @Override
        public Optional<String> spuName(long spuId) {
            return query("SELECT spu_name FROM spu_info WHERE id = ?", spuId, rs -> rs.getString(1));
        }

        @Override
        public Optional<String> trademarkName(long tmId) {
            return query("SELECT tm_name FROM base_trademark WHERE id = ?", tmId, rs -> rs.getString(1));
        }

        @Override
        public Optional<Category3> category3(long category3Id) {
            return query("SELECT name, category2_id FROM base_category3 WHERE id = ?", category3Id,
                    rs -> new Category3(rs.getString(1), longOrNull(rs, 2)));
        }

        @Override
        public Optional<Category2> category2(long category2Id) {
            return query("SELECT name, category1_id FROM base_category2 WHERE id = ?", category2Id,
                    rs -> new Category2(rs.getString(1), longOrNull(rs, 2)));
        }

        @Override
        public Optional<String> category1Name(long category1Id) {
            return query("SELECT name FROM base_category1 WHERE id = ?", category1Id, rs -> rs.getString(1));
        }

        @Override
        public Optional<String> provinceName(long provinceId) {
            return query("SELECT name FROM base_province WHERE id = ?", provinceId, rs -> rs.getString(1));
        }

        @Override
        public Optional<Instant> firstOrderTime(long userId) {
            return query("SELECT MIN(create_time) FROM order_info WHERE user_id = ?", userId, this::instantOrNull);
        }

        @Override
        public Optional<Instant> firstPaymentTime(long userId) {
            return query("SELECT MIN(callback_time) FROM payment_info WHERE user_id = ? AND callback_time IS NOT NULL",
                    userId, this::instantOrNull);
        }

        @Override
        public Optional<Long> cartUserId(long cartId) {
            // cart_info.user_id is varchar
            return query("SELECT user_id FROM cart_info WHERE id = ?", cartId,
                    rs -> rs.getString(1) == null ? null : Long.valueOf(rs.getString(1).trim()));
        }

        private interface Reader<T> {
            T read(ResultSet rs) throws SQLException;
        }

        /** The first row's value (empty when there is no row or the value is null), cached per statement and id. */
        @SuppressWarnings("unchecked")
        private <T> Optional<T> query(String sql, long id, Reader<T> reader) {
            String key = sql + "#" + id;
            Optional<?> cached = cache.get(key);
            if (cached != null) {
                return (Optional<T>) cached;
            }
            Optional<T> value;
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    value = rs.next() ? Optional.ofNullable(reader.read(rs)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("query failed: " + sql + " with " + id, e);
            }
            cache.put(key, value);
            return value;
        }

        private Instant instantOrNull(ResultSet rs) throws SQLException {
            LocalDateTime t = rs.getObject(1, LocalDateTime.class);
            return t == null ? null : t.atZone(zone).toInstant();
        }

        private static Long longOrNull(ResultSet rs, int column) throws SQLException {
            long v = rs.getLong(column);
            return rs.wasNull() ? null : v;
        }
    }
}
