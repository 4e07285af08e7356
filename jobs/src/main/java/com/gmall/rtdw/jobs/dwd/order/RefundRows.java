package com.gmall.rtdw.jobs.dwd.order;

import com.gmall.rtdw.jobs.dwd.db.Row;
import com.gmall.rtdw.jobs.dwd.db.SnapshotFacts;
import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.serde.ods.DbChangeSerde;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The rows a completed refund is made of (DwdTradeRefundDetail, docs/jobs.md), from database {@code
 * gmall} only: a {@code refund_payment} changing to completed (0705), its order changing to
 * refunded (1006), and the refund request of the line (its insert carries the {@code refund_num}).
 * From OdsDbApp's snapshot, the same rows in their final state, of the period {@link SnapshotFacts}
 * counts: a payment completed then ({@code callback_time}), an order refunded then ({@code
 * operate_time}), a request made then ({@code create_time}). A row without what the refund needs
 * (ids, the number, the amount, times) is a dead letter here, so the assembler never meets a bad
 * one.
 */
final class RefundRows extends ProcessFunction<DbChange, DbChange> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, List<String>> REQUIRED =
            Map.of(
                    "refund_payment",
                            List.of("id", "order_id", "sku_id", "total_amount", "callback_time"),
                    "order_info", List.of("id", "user_id"),
                    "order_refund_info", List.of("order_id", "sku_id", "refund_num"));

    private final String jobName;
    private final ZoneId zone;
    private final SnapshotFacts snapshot;

    RefundRows(String jobName, ZoneId zone, SnapshotFacts snapshot) {
        this.jobName = jobName;
        this.zone = zone;
        this.snapshot = snapshot;
    }

    /** The order a row belongs to. */
    static long orderId(DbChange row) {
        return Long.parseLong(
                row.getData().get(row.getTable().equals("order_info") ? "id" : "order_id"));
    }

    @Override
    public void processElement(DbChange row, Context ctx, Collector<DbChange> out) {
        if (!"gmall".equals(row.getDatabase()) || !isPartOfARefund(row)) {
            return;
        }
        for (String column : REQUIRED.get(row.getTable())) {
            String value = row.getData().get(column);
            if (value == null || !valid(column, value)) {
                ctx.output(
                        DecodeOrDeadLetter.DEAD_LETTERS,
                        DeadLetters.of(
                                jobName,
                                row.getTable()
                                        + "."
                                        + column
                                        + " is missing or malformed: "
                                        + value,
                                "topic_db",
                                -1,
                                -1,
                                DbChangeSerde.INSTANCE.encode(row)));
                return;
            }
        }
        out.collect(row);
    }

    private boolean isPartOfARefund(DbChange row) {
        if (row.getType() == ChangeType.bootstrap_insert) {
            return isSnapshotPartOfARefund(row);
        }
        Map<String, String> old = row.getOld();
        return switch (row.getTable()) {
            case "refund_payment" ->
                    row.getType() == ChangeType.update
                            && old != null
                            && old.containsKey("refund_status")
                            && "0705".equals(row.getData().get("refund_status"));
            case "order_info" ->
                    row.getType() == ChangeType.update
                            && old != null
                            && old.containsKey("order_status")
                            && "1006".equals(row.getData().get("order_status"));
            // the request as made, and again as completed (0705): a refund completes days after its
            // request, long
            // after the assembler let the request's line go, and the completing update carries its
            // refund_num too
            case "order_refund_info" ->
                    row.getType() == ChangeType.insert
                            || (row.getType() == ChangeType.update
                                    && old != null
                                    && old.containsKey("refund_status")
                                    && "0705".equals(row.getData().get("refund_status")));
            default -> false;
        };
    }

    private boolean isSnapshotPartOfARefund(DbChange row) {
        Map<String, String> data = row.getData();
        return switch (row.getTable()) {
            case "refund_payment" ->
                    "0705".equals(data.get("refund_status")) && inPeriod(row, "callback_time");
            case "order_info" ->
                    "1006".equals(data.get("order_status")) && inPeriod(row, "operate_time");
            case "order_refund_info" -> inPeriod(row, "create_time");
            default -> false;
        };
    }

    /**
     * Whether the row's time column is in the period. A malformed time lets the row in: a payment's
     * is then a dead letter of the column check below, and an order or a request without a readable
     * time still completes a refund.
     */
    private boolean inPeriod(DbChange row, String column) {
        try {
            return snapshot.counts(new Row(row, zone).optionalTime(column), row.getTsSeconds());
        } catch (Row.BadRow e) {
            return true;
        }
    }

    private static boolean valid(String column, String value) {
        try {
            switch (column) {
                case "total_amount" -> new java.math.BigDecimal(value);
                case "callback_time" -> LocalDateTime.parse(value, DATETIME);
                default -> Long.parseLong(value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
