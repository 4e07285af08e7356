package com.gmall.rtdw.jobs.dwd.order;

/**
 * Something that happened to a whole order and applies to each of its details: its cancellation,
 * its payment. A Flink POJO.
 */
public class OrderEvent {
    public long orderId;

    /** When it happened, epoch milliseconds. */
    public long at;

    /** A dictionary code that goes with it (the payment type), or null. */
    public String code;

    /** That code's name, or null. */
    public String name;

    /** The order's province, where the event carries it, or null. */
    public Long provinceId;

    public OrderEvent() {}

    public OrderEvent(long orderId, long at, String code, String name) {
        this.orderId = orderId;
        this.at = at;
        this.code = code;
        this.name = name;
    }
}
