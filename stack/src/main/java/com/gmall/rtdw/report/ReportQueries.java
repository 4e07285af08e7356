package com.gmall.rtdw.report;

import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.report.ReportPanels.Funnel;
import com.gmall.rtdw.report.ReportPanels.FunnelStep;
import com.gmall.rtdw.report.ReportPanels.Keyword;
import com.gmall.rtdw.report.ReportPanels.Keywords;
import com.gmall.rtdw.report.ReportPanels.Province;
import com.gmall.rtdw.report.ReportPanels.Provinces;
import com.gmall.rtdw.report.ReportPanels.Spu;
import com.gmall.rtdw.report.ReportPanels.Spus;
import com.gmall.rtdw.report.ReportPanels.TableFreshness;
import com.gmall.rtdw.report.ReportPanels.Trade;
import com.gmall.rtdw.report.ReportPanels.TradeTotals;
import com.gmall.rtdw.report.ReportPanels.TradeWindow;
import com.gmall.rtdw.report.ReportPanels.Traffic;
import com.gmall.rtdw.report.ReportPanels.TrafficGroup;
import com.gmall.rtdw.report.ReportPanels.Users;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.TableSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's numbers, read from the DWS tables with {@code FINAL} (one row per window and key,
 * the latest version) for one shop day. Valid on ClickHouse 18.16 and current releases. Table names
 * come from the registry; the only other values in the SQL are the day's epoch seconds.
 */
public final class ReportQueries {
    static final int TOP_SPUS = 10;
    static final int TOP_KEYWORDS = 20;

    private final ClickHouseHttp http;

    public ReportQueries(ClickHouseHttp http) {
        this.http = http;
    }

    public Trade trade(ShopDay day) throws IOException {
        Map<Long, long[]> orders = new TreeMap<>();
        for (String[] r :
                rows(
                        "SELECT toUInt32(stt), sum(order_count) FROM "
                                + from(Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW, day)
                                + " GROUP BY stt",
                        2)) {
            orders.put(Long.parseLong(r[0]), new long[] {Long.parseLong(r[1])});
        }
        Map<Long, TradeWindow> windows = new TreeMap<>();
        for (String[] r :
                rows(
                        "SELECT toUInt32(stt), toUInt32(edt), toString(order_original_total_amount),"
                                + " toString(order_activity_reduce_amount),"
                                + " toString(order_coupon_reduce_amount), order_unique_user_count,"
                                + " order_new_user_count FROM "
                                + from(Tables.DWS_TRADE_ORDER_WINDOW, day),
                        7)) {
            long stt = Long.parseLong(r[0]);
            long[] placed = orders.remove(stt);
            windows.put(
                    stt,
                    new TradeWindow(
                            stt,
                            day.clock(stt),
                            Long.parseLong(r[1]),
                            new BigDecimal(r[2]),
                            new BigDecimal(r[3]),
                            new BigDecimal(r[4]),
                            placed == null ? 0 : placed[0],
                            Long.parseLong(r[5]),
                            Long.parseLong(r[6])));
        }
        // orders whose window has no row in the order table yet (its job is behind)
        long windowSeconds = windows.isEmpty() ? 10 : windowSeconds(windows);
        orders.forEach(
                (stt, placed) ->
                        windows.put(
                                stt,
                                new TradeWindow(
                                        stt,
                                        day.clock(stt),
                                        stt + windowSeconds,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        placed[0],
                                        0,
                                        0)));
        List<TradeWindow> all = List.copyOf(windows.values());
        return new Trade(day.date().toString(), all, totals(all));
    }

    private static long windowSeconds(Map<Long, TradeWindow> windows) {
        TradeWindow any = windows.values().iterator().next();
        return any.edt() - any.stt();
    }

    private static TradeTotals totals(List<TradeWindow> windows) {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal activity = BigDecimal.ZERO;
        BigDecimal coupon = BigDecimal.ZERO;
        long orders = 0;
        long users = 0;
        long newUsers = 0;
        for (TradeWindow w : windows) {
            amount = amount.add(w.amount());
            activity = activity.add(w.activityReduce());
            coupon = coupon.add(w.couponReduce());
            orders += w.orders();
            users += w.orderUsers();
            newUsers += w.newOrderUsers();
        }
        return new TradeTotals(amount, activity, coupon, orders, users, newUsers);
    }

    public Provinces provinces(ShopDay day) throws IOException {
        List<Province> provinces = new ArrayList<>();
        for (String[] r :
                rows(
                        "SELECT province_id, any(province_name), sum(order_count),"
                                + " toString(sum(order_amount)) FROM "
                                + from(Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW, day)
                                + " GROUP BY province_id ORDER BY sum(order_amount) DESC,"
                                + " province_id",
                        4)) {
            provinces.add(new Province(r[0], r[1], Long.parseLong(r[2]), new BigDecimal(r[3])));
        }
        return new Provinces(day.date().toString(), provinces);
    }

    public Spus spus(ShopDay day) throws IOException {
        List<Spu> spus = new ArrayList<>();
        for (String[] r :
                rows(
                        "SELECT spu_id, any(spu_name), any(trademark_name), any(category1_name),"
                                + " any(category3_name), sum(order_count),"
                                + " toString(sum(order_amount)) FROM "
                                + from(Tables.DWS_TRADE_USER_SPU_ORDER_WINDOW, day)
                                + " GROUP BY spu_id ORDER BY sum(order_amount) DESC, spu_id LIMIT "
                                + TOP_SPUS,
                        7)) {
            spus.add(
                    new Spu(
                            r[0],
                            r[1],
                            r[2],
                            r[3],
                            r[4],
                            Long.parseLong(r[5]),
                            new BigDecimal(r[6])));
        }
        return new Spus(day.date().toString(), spus);
    }

    public Funnel funnel(ShopDay day) throws IOException {
        long[] pages =
                sums(
                        "sum(home_uv_ct), sum(good_detail_uv_ct)",
                        Tables.DWS_TRAFFIC_PAGE_VIEW_WINDOW,
                        day);
        return new Funnel(
                day.date().toString(),
                List.of(
                        new FunnelStep("home", pages[0]),
                        new FunnelStep("detail", pages[1]),
                        new FunnelStep(
                                "cart",
                                sums(
                                        "sum(cart_add_uu_ct)",
                                        Tables.DWS_TRADE_CART_ADD_UU_WINDOW,
                                        day)[0]),
                        new FunnelStep(
                                "order",
                                sums(
                                        "sum(order_unique_user_count)",
                                        Tables.DWS_TRADE_ORDER_WINDOW,
                                        day)[0]),
                        new FunnelStep(
                                "payment",
                                sums(
                                        "sum(payment_suc_unique_user_count)",
                                        Tables.DWS_TRADE_PAYMENT_SUC_WINDOW,
                                        day)[0])));
    }

    public Traffic traffic(ShopDay day) throws IOException {
        return new Traffic(day.date().toString(), traffic(day, "ch"), traffic(day, "vc"));
    }

    /** Traffic grouped by {@code column}, a dimension of the table ({@code ch} or {@code vc}). */
    private List<TrafficGroup> traffic(ShopDay day, String column) throws IOException {
        List<TrafficGroup> groups = new ArrayList<>();
        for (String[] r :
                rows(
                        "SELECT "
                                + column
                                + ", sum(pv_ct), sum(sv_ct), sum(uv_ct), sum(uj_ct), sum(dur_sum) FROM "
                                + from(Tables.DWS_TRAFFIC_VC_CH_AR_IS_NEW_PAGE_VIEW_WINDOW, day)
                                + " GROUP BY "
                                + column
                                + " ORDER BY sum(pv_ct) DESC, "
                                + column,
                        6)) {
            long views = Long.parseLong(r[1]);
            long sessions = Long.parseLong(r[2]);
            long bounces = Long.parseLong(r[4]);
            long durationMs = Long.parseLong(r[5]);
            groups.add(
                    new TrafficGroup(
                            r[0],
                            views,
                            sessions,
                            Long.parseLong(r[3]),
                            sessions == 0 ? null : (double) bounces / sessions,
                            views == 0 ? null : durationMs / 1000.0 / views));
        }
        return groups;
    }

    public Keywords keywords(ShopDay day) throws IOException {
        List<Keyword> keywords = new ArrayList<>();
        for (String[] r :
                rows(
                        "SELECT keyword, sum(keyword_count) FROM "
                                + from(Tables.DWS_TRAFFIC_SOURCE_KEYWORD_PAGE_VIEW_WINDOW, day)
                                + " GROUP BY keyword ORDER BY sum(keyword_count) DESC, keyword LIMIT "
                                + TOP_KEYWORDS,
                        2)) {
            keywords.add(new Keyword(r[0], Long.parseLong(r[1])));
        }
        return new Keywords(day.date().toString(), keywords);
    }

    public Users users(ShopDay day) throws IOException {
        long[] logins = sums("sum(uu_ct), sum(back_ct)", Tables.DWS_USER_USER_LOGIN_WINDOW, day);
        return new Users(
                day.date().toString(),
                logins[0],
                logins[1],
                sums("sum(register_ct)", Tables.DWS_USER_USER_REGISTER_WINDOW, day)[0],
                sums("sum(cart_add_uu_ct)", Tables.DWS_TRADE_CART_ADD_UU_WINDOW, day)[0]);
    }

    /** Every table's newest window and the seconds from its end to {@code nowSecond}. */
    public List<TableFreshness> freshness(long nowSecond) throws IOException {
        List<TableFreshness> tables = new ArrayList<>();
        for (TableSpec<?> table : Tables.all()) {
            long end =
                    Long.parseLong(
                            rows("SELECT toUInt32(max(edt)) FROM " + table.name(), 1).get(0)[0]);
            tables.add(
                    end == 0
                            ? new TableFreshness(table.name(), null, null)
                            : new TableFreshness(table.name(), end, Math.max(0, nowSecond - end)));
        }
        return tables;
    }

    private long[] sums(String sums, TableSpec<?> table, ShopDay day) throws IOException {
        String[] row =
                rows("SELECT " + sums + " FROM " + from(table, day), sums.split(",").length).get(0);
        long[] values = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = Long.parseLong(row[i]);
        }
        return values;
    }

    private static String from(TableSpec<?> table, ShopDay day) {
        return table.name() + " FINAL" + day.windows();
    }

    private List<String[]> rows(String sql, int fields) throws IOException {
        return ReportRows.parse(http.execute(sql + " FORMAT TabSeparated"), fields);
    }
}
