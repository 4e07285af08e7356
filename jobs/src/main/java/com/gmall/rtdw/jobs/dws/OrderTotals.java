package com.gmall.rtdw.jobs.dws;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Distinct orders and the sum of amounts of a window's order details (DwsTradeUserSpuOrderWindow
 * and DwsTradeProvinceOrderWindow, docs/jobs.md): several details of one order count as one order.
 * The amounts are exact decimals.
 *
 * @param <T> an order detail line
 * @param <R> the window's row
 */
final class OrderTotals<T, R> implements AggregateFunction<T, OrderTotals.Totals<T>, R> {
    private static final long serialVersionUID = 1L;

    interface Line<T> extends Serializable {
        long orderId(T line);

        BigDecimal amount(T line);
    }

    interface Result<T, R> extends Serializable {
        /**
         * The row for the window's key (taken from {@code sample}, one of its lines) with its
         * distinct orders.
         */
        R of(T sample, Set<Long> orderIds, BigDecimal amount);
    }

    /** The accumulator: one line of the key (for its dimensions), the order ids, the sum. */
    public static final class Totals<T> {
        public T sample;
        public HashSet<Long> orderIds = new HashSet<>();
        public BigDecimal amount = BigDecimal.ZERO.setScale(2);
    }

    /** The accumulator's type: generic (Kryo), as it holds a set. */
    @SuppressWarnings("unchecked")
    static <T> TypeInformation<Totals<T>> totalsType() {
        return (TypeInformation<Totals<T>>) (TypeInformation<?>) TypeInformation.of(Totals.class);
    }

    private final Line<T> line;
    private final Result<T, R> result;

    OrderTotals(Line<T> line, Result<T, R> result) {
        this.line = line;
        this.result = result;
    }

    @Override
    public Totals<T> createAccumulator() {
        return new Totals<>();
    }

    @Override
    public Totals<T> add(T value, Totals<T> totals) {
        if (totals.sample == null) {
            totals.sample = value;
        }
        totals.orderIds.add(line.orderId(value));
        BigDecimal amount = line.amount(value);
        totals.amount = amount == null ? totals.amount : totals.amount.add(amount);
        return totals;
    }

    @Override
    public R getResult(Totals<T> totals) {
        return result.of(totals.sample, totals.orderIds, totals.amount);
    }

    @Override
    public Totals<T> merge(Totals<T> a, Totals<T> b) {
        a.sample = a.sample == null ? b.sample : a.sample;
        a.orderIds.addAll(b.orderIds);
        a.amount = a.amount.add(b.amount);
        return a;
    }
}
