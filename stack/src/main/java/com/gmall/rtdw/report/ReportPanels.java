package com.gmall.rtdw.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What each panel of the report shows, as its JSON endpoint returns it (Jackson writes the records'
 * components as fields). Counts of users are the DWS tables' daily firsts, so a day's sum is the
 * day's distinct users. Amounts are decimals with the tables' scale.
 */
public final class ReportPanels {
    private ReportPanels() {}

    /** {@code /api/trade}: the day's order windows and their totals. */
    public record Trade(String day, List<TradeWindow> windows, TradeTotals totals) {}

    /**
     * One 10-second window of orders.
     *
     * @param stt window start, epoch seconds
     * @param label the window start on the shop's clock, HH:mm:ss
     * @param amount the order details' original total (sku_num × order_price): the window's GMV
     * @param orders orders placed (dws_trade_province_order_window)
     * @param orderUsers users whose first order of the day fell in the window
     * @param newOrderUsers users whose first order ever fell in the window
     */
    public record TradeWindow(
            long stt,
            String label,
            long edt,
            BigDecimal amount,
            BigDecimal activityReduce,
            BigDecimal couponReduce,
            long orders,
            long orderUsers,
            long newOrderUsers) {}

    public record TradeTotals(
            BigDecimal amount,
            BigDecimal activityReduce,
            BigDecimal couponReduce,
            long orders,
            long orderUsers,
            long newOrderUsers) {}

    /** {@code /api/provinces}: orders and amount per province, the largest amount first. */
    public record Provinces(String day, List<Province> provinces) {}

    public record Province(String id, String name, long orders, BigDecimal amount) {}

    /** {@code /api/spus}: the SPUs with the largest order amounts. */
    public record Spus(String day, List<Spu> spus) {}

    public record Spu(
            String id,
            String name,
            String trademark,
            String category1,
            String category3,
            long orders,
            BigDecimal amount) {}

    /** {@code /api/funnel}: unique users of each step, today. */
    public record Funnel(String day, List<FunnelStep> steps) {}

    public record FunnelStep(String step, long users) {}

    /** {@code /api/traffic}: per channel, and per app version. */
    public record Traffic(String day, List<TrafficGroup> channels, List<TrafficGroup> versions) {}

    /**
     * @param name the channel or the app version
     * @param bounceRate sessions of one page over sessions (null without sessions)
     * @param averageSecondsOnPage time on page over page views, in seconds (null without views)
     */
    public record TrafficGroup(
            String name,
            long pageViews,
            long sessions,
            long uniqueVisitors,
            Double bounceRate,
            Double averageSecondsOnPage) {}

    /** {@code /api/keywords}: the most searched keywords. */
    public record Keywords(String day, List<Keyword> keywords) {}

    public record Keyword(String keyword, long count) {}

    /** {@code /api/users}: logins, back-flow users, registrations and cart users. */
    public record Users(
            String day, long logins, long backFlow, long registrations, long cartUsers) {}

    /** {@code /api/health}: each table's freshness and each job's dead letters. */
    public record Health(List<TableFreshness> tables, List<DeadLetters> deadLetters) {}

    /**
     * @param newestWindowEnd the end of the table's newest window, epoch seconds (null: empty)
     * @param secondsSinceNewestWindow from that end to now (null: empty)
     */
    public record TableFreshness(
            String table, Long newestWindowEnd, Long secondsSinceNewestWindow) {}

    public record DeadLetters(String topic, long records) {}
}
