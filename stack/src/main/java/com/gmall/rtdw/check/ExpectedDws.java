package com.gmall.rtdw.check;

import static com.gmall.rtdw.check.ExpectedTrade.*;
import static com.gmall.rtdw.check.ExpectedTraffic.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmall.rtdw.sim.ShopTransaction;
import java.math.BigDecimal;
import java.time.Instant;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What the ten DWS ClickHouse tables should hold for a simulated run, calculated directly from the
 * simulator's input (business transactions and app log lines) in event time, without any of the
 * pipeline's code: an independent oracle for the end-to-end test. Dimensions and the users' order
 * and payment history come through {@link ShopHistory} ({@link JdbcShopHistory} in the end-to-end
 * test, an in-memory one in unit tests).
 *
 * <p>Output: table name to rows; a row is column to text in the table's column order (without
 * {@code ts}), with {@code stt}/{@code edt} as epoch milliseconds, counts as integers, amounts with
 * two decimals and null as null. A window is {@code [k * W, (k + 1) * W)} in epoch milliseconds;
 * days are days of the warehouse zone. Rows whose measures are all zero are left out, and rows are
 * sorted by {@link #sortKey}.
 */
public final class ExpectedDws {
    /**
     * A bounce is a session-opening page with no page of the same device within this time after it.
     */
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

    /** The measure columns of each table (a row whose measures are all zero stands for no row). */
    public static final Map<String, List<String>> MEASURES = measures();

    static final ObjectMapper JSON = new ObjectMapper();
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExpectedDws() {}

    /** One business transaction as written, with the simulated time it was written at. */
    public record Business(long millis, ShopTransaction tx) {}

    /**
     * The transactions (indexes {@code [from, to)} of the business list) that OdsDbApp read by a
     * snapshot rather than as binlog events, because it started afresh after they were written,
     * with {@code dwd.snapshot-facts-from} at {@code factsFromMillis}. They count as events do, but
     * for cart re-adds of lines created before that moment (a snapshot shows a line's final state
     * only).
     */
    public record SnapshotRead(int from, int to, long factsFromMillis) {
        public static final SnapshotRead NONE = new SnapshotRead(0, 0, Long.MAX_VALUE);

        boolean contains(int index) {
            return index >= from && index < to;
        }
    }

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
     * @param logLines the app log lines in the order written; lines that do not parse, or lack
     *     {@code ts} or {@code common.mid}, are skipped
     * @param history dimensions and history
     * @param zone the warehouse zone (business DATETIMEs are local times there; days are its days)
     * @param windowMillis the window size
     */
    public static Map<String, List<Map<String, String>>> compute(
            List<Business> business,
            List<String> logLines,
            ShopHistory history,
            ZoneId zone,
            long windowMillis) {
        return compute(business, logLines, history, zone, windowMillis, SnapshotRead.NONE);
    }

    /**
     * Like {@link #compute(List, List, ShopHistory, ZoneId, long)}, with some transactions read by
     * a snapshot.
     */
    public static Map<String, List<Map<String, String>>> compute(
            List<Business> business,
            List<String> logLines,
            ShopHistory history,
            ZoneId zone,
            long windowMillis,
            SnapshotRead snapshot) {
        Clock clock = new Clock(zone, windowMillis);
        List<LogLine> logs = LogLine.parseAll(logLines, zone);
        List<LogLine> pages = logs.stream().filter(LogLine::isPage).toList();
        ShopFacts shop = ShopFacts.replay(business, zone, history, snapshot);

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

    /**
     * Only the rows of windows inside {@code [fromMillis, toMillis]}: fromMillis ≤ stt and edt ≤
     * toMillis.
     */
    public static Map<String, List<Map<String, String>>> restrictTo(
            Map<String, List<Map<String, String>>> all, long fromMillis, long toMillis) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        all.forEach(
                (table, rows) ->
                        out.put(
                                table,
                                rows.stream()
                                        .filter(
                                                r ->
                                                        Long.parseLong(r.get("stt")) >= fromMillis
                                                                && Long.parseLong(r.get("edt"))
                                                                        <= toMillis)
                                        .toList()));
        return out;
    }

    /**
     * Rows in the order this class returns them (by {@link #sortKey}, stable), e.g. for rows read
     * back from ClickHouse.
     */
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
     * Of events in write order, the first per key and day: smallest time, the earlier written on
     * ties. This is what every "unique per day" measure counts.
     */
    static <E> List<E> firstPerKeyAndDay(
            List<E> events, Function<E, Object> key, ToLongFunction<E> millis, ZoneId zone) {
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
    // Aggregation

    /**
     * One table being filled: rows keyed by window and key columns, each with its measures (a
     * count, a decimal sum or a count of distinct values).
     */
    static final class Table {
        private enum Kind {
            COUNT,
            SUM,
            DISTINCT
        }

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

        /**
         * The row of the window holding {@code millis} and these key values (in key column order).
         */
        Row row(Clock clock, long millis, String... keyValues) {
            if (keyValues.length != keyColumns.size()) {
                throw new IllegalArgumentException(
                        name + ": " + keyColumns + " needs " + keyColumns.size() + " values");
            }
            long stt = clock.windowStart(millis);
            List<String> key =
                    new ArrayList<>(
                            List.of(Long.toString(stt), Long.toString(stt + clock.windowMillis())));
            key.addAll(Arrays.asList(keyValues)); // key values may be null
            return rows.computeIfAbsent(
                    java.util.Collections.unmodifiableList(key), k -> new Row());
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
                    throw new IllegalArgumentException(
                            name + " has no " + kind + " measure " + measure);
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
                    case SUM ->
                            sums.getOrDefault(measure, BigDecimal.ZERO).setScale(2).toPlainString();
                    case DISTINCT ->
                            Integer.toString(distinct.getOrDefault(measure, Set.of()).size());
                };
            }
        }
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Table t : emptyTables()) {
            out.put(t.name, List.copyOf(t.columns()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, List<String>> measures() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Table t : emptyTables()) {
            out.put(t.name, List.copyOf(t.measures.keySet()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<Table> emptyTables() {
        // the tables of an empty input have every column
        Clock clock = new Clock(ZoneId.of("UTC"), 1);
        ShopFacts none = ShopFacts.replay(List.of(), clock.zone(), null, SnapshotRead.NONE);
        return List.of(
                Traffic.keywords(List.of(), clock),
                Traffic.vcChArIsNew(List.of(), clock),
                Traffic.pageView(List.of(), clock),
                Traffic.userLogin(List.of(), clock),
                Trade.register(none, clock),
                Trade.cartAdd(none, clock),
                Trade.paymentSuc(none, clock, null),
                Trade.order(none, clock, null),
                Trade.userSpuOrder(none, clock, null),
                Trade.provinceOrder(none, clock, null));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Values

    static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /**
     * An id or count column value (Long, Integer, or numeric text as cart_info.user_id is) as a
     * long; null stays null.
     */
    static Long asLong(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof Number n
                ? Long.valueOf(n.longValue())
                : Long.valueOf(Long.parseLong(v.toString().trim()));
    }

    static BigDecimal decimal(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    static String id(Long id) {
        return id == null ? null : id.toString();
    }
}
