package com.gmall.rtdw.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop journal keeps every committed transaction, in order, in the form the database holds its
 * values.
 */
class ShopJournalTest {
    @TempDir Path dir;

    @Test
    void transactionsComeBackInCommitOrderWithDateTimesAndDecimalsAsTheDatabaseHoldsThem()
            throws Exception {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("user_id", 7L);
        order.put("total_amount", new BigDecimal("199.50"));
        order.put("order_status", "1001");
        order.put("create_time", LocalDateTime.of(2030, 1, 1, 10, 0, 5));
        order.put("province_id", null);
        ShopTransaction placed =
                new ShopTransaction("order", List.of(RowChange.insert("order_info", 11, order)));
        ShopTransaction paid =
                new ShopTransaction(
                        "pay",
                        List.of(
                                RowChange.update(
                                        "order_info", 11, Map.of("order_status", "1002"))));
        try (ShopJournal journal = ShopJournal.appendingTo(dir)) {
            journal.business(1_000L, placed);
        }
        try (ShopJournal journal = ShopJournal.appendingTo(dir)) { // a second run appends
            journal.business(2_000L, paid);
        }

        List<ShopJournal.Entry> read = ShopJournal.read(dir);

        assertThat(read).extracting(ShopJournal.Entry::millis).containsExactly(1_000L, 2_000L);
        RowChange row = read.get(0).transaction().rows().get(0);
        assertThat(row.table()).isEqualTo("order_info");
        assertThat(row.insert()).isTrue();
        assertThat(row.id()).isEqualTo(11L);
        assertThat(row.columns().keySet())
                .containsExactly(
                        "user_id", "total_amount", "order_status", "create_time", "province_id");
        assertThat(row.columns().values())
                .containsExactly(7L, "199.50", "1001", "2030-01-01 10:00:05", null);
        assertThat(read.get(1).transaction().action()).isEqualTo("pay");
        assertThat(read.get(1).transaction().rows().get(0).insert()).isFalse();
    }

    @Test
    void noJournalIsNoTransactions() throws Exception {
        assertThat(ShopJournal.read(dir.resolve("none"))).isEmpty();
    }
}
