package com.gmall.rtdw.jobs.dwd.db;

import com.gmall.rtdw.jobs.runtime.JobMain;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.TradeCartAdd;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;

/**
 * Cart additions (docs/jobs.md): a new {@code cart_info} row, or the quantity added to one (an
 * update raising {@code sku_num} counts the increase), to {@code dwd_trade_cart_add}, with the
 * source type's code and name in fields of their own (defect C1: the reference's positional insert
 * put {@code source_id} under {@code source_type_id}).
 */
public final class DwdTradeCartAdd extends TableFactJob<TradeCartAdd> {
    public DwdTradeCartAdd() {
        super("DwdTradeCartAdd", Topics.DWD_TRADE_CART_ADD, new Rule(), true);
    }

    public static void main(String[] args) throws Exception {
        JobMain.run(new DwdTradeCartAdd(), args);
    }

    static final class Rule extends FactRule<TradeCartAdd> {
        private static final long serialVersionUID = 1L;

        Rule() {
            super("cart_info");
        }

        @Override
        public boolean matches(ChangeType type, Row row) {
            if (type == ChangeType.insert) {
                return true;
            }
            if (type != ChangeType.update || row.old("sku_num") == null) {
                return false;
            }
            Long now = row.optionalLong("sku_num");
            return now != null && now > parse(row.old("sku_num"));
        }

        private static long parse(String number) {
            try {
                return Long.parseLong(number);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE; // not a number before: not an increase we can count
            }
        }

        /**
         * A cart line created in the period, with all of its quantity (a snapshot keeps no earlier
         * quantities).
         */
        @Override
        public Instant snapshotFactTime(Row row) {
            return row.optionalTime("create_time");
        }

        /**
         * A cart line of an earlier day re-added since: when first and how much, the snapshot
         * cannot tell.
         */
        @Override
        public Instant snapshotUntoldFactTime(Row row) {
            return row.optionalTime("operate_time");
        }

        @Override
        public TradeCartAdd fact(Row row) {
            boolean update = row.change().getType() == ChangeType.update;
            long added = row.requiredLong("sku_num") - (update ? parse(row.old("sku_num")) : 0);
            Instant addedAt = row.requiredTime(update ? "operate_time" : "create_time");
            String sourceType = row.text("source_type");
            return new TradeCartAdd(
                    row.requiredLong("id"),
                    row.requiredLong("user_id"),
                    row.requiredLong("sku_id"),
                    row.optionalDecimal("cart_price", 2),
                    added,
                    row.text("sku_name"),
                    row.optionalTime("create_time"),
                    row.optionalTime("operate_time"),
                    addedAt,
                    sourceType,
                    row.dictionaryName(sourceType),
                    row.optionalLong("source_id"));
        }
    }
}
