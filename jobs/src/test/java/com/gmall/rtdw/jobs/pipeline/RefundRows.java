package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;

import com.gmall.rtdw.model.ods.DbChange;

/**
 * A refund's rows as the shop writes them, for {@link DwdTradeRefundDetailPipelineTest}: the
 * request, its refund payment changing to completed, and a later touch of a completed payment.
 */
final class RefundRows {
    private RefundRows() {}

    /** A later update of a completed refund payment: only its callback content changes. */
    static DbChange touchedAgain(DbChange completed) {
        completed.getOld().clear();
        completed.getData().put("callback_content", "ok, confirmed");
        return was(completed, "callback_content", "ok");
    }

    static DbChange request(long id, long orderId, long skuId, long refundNum) {
        return insert(
                "order_refund_info",
                "id",
                Long.toString(id),
                "user_id",
                "7",
                "order_id",
                Long.toString(orderId),
                "sku_id",
                Long.toString(skuId),
                "refund_type",
                "1502",
                "refund_num",
                Long.toString(refundNum),
                "refund_amount",
                "90",
                "refund_reason_type",
                "1301",
                "refund_status",
                "0701",
                "create_time",
                "2024-06-02 09:00:00");
    }

    /** The refund payment changing to completed, ten minutes after the request. */
    static DbChange completed(long id, long orderId, long skuId, String amount) {
        return was(
                update(
                        "refund_payment",
                        "id",
                        Long.toString(id),
                        "out_trade_no",
                        "T" + orderId,
                        "order_id",
                        Long.toString(orderId),
                        "sku_id",
                        Long.toString(skuId),
                        "payment_type",
                        "1102",
                        "trade_no",
                        "REF" + id,
                        "total_amount",
                        amount,
                        "subject",
                        "refund of order " + orderId,
                        "refund_status",
                        "0705",
                        "create_time",
                        "2024-06-02 09:00:00",
                        "callback_time",
                        "2024-06-02 09:10:03",
                        "callback_content",
                        "ok"),
                "refund_status",
                "0701",
                "trade_no",
                null,
                "callback_time",
                null);
    }
}
