package com.gmall.rtdw.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.model.ods.AppLog;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.serde.ods.AppLogJsonDecoder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The simulator's pure core: determinism, valid app logs, a legal order lifecycle and exact
 * amounts.
 */
class SimulationTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, Set<String>> LEGAL =
            Map.of(
                    "1001",
                    Set.of("1002", "1003"),
                    "1002",
                    Set.of("1004"),
                    "1004",
                    Set.of("1005"),
                    "1005",
                    Set.of("1006"));

    static Catalogue catalogue() {
        List<Catalogue.Sku> skus = new ArrayList<>();
        for (long id = 1; id <= 12; id++) {
            skus.add(
                    new Catalogue.Sku(
                            id, 1 + id / 4, "商品" + id, BigDecimal.valueOf(99 + id * 100)));
        }
        return new Catalogue(
                skus,
                List.of(new Catalogue.Coupon(1, new BigDecimal("100"), new BigDecimal("30"))),
                List.of(new Catalogue.Activity(1, 1, List.of(1L, 2L, 3L), new BigDecimal("10"))),
                List.of(new Catalogue.Province(1, "110000"), new Catalogue.Province(2, "310000")),
                List.of());
    }

    static List<SimEvent> run(long seed, int events, double badLines) {
        SimOptions options =
                new SimOptions(
                        seed,
                        40,
                        50,
                        events,
                        Instant.parse("2024-06-01T02:00:00Z"),
                        badLines,
                        Path.of("unused"),
                        false,
                        Disorder.Settings.NONE);
        Simulation sim =
                new Simulation(
                        options,
                        catalogue(),
                        new ShopState(Map.of("order_info", 100L), List.of()),
                        ZONE);
        List<SimEvent> out = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            out.add(sim.next());
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameRowsAndLines() {
        assertThat(run(7, 3000, 0.02)).isEqualTo(run(7, 3000, 0.02));
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertThat(run(7, 500, 0)).isNotEqualTo(run(8, 500, 0));
    }

    @Test
    void everyGoodLogLineIsAnAppLogAndEveryBadOneIsRejected() {
        int good = 0;
        int bad = 0;
        for (SimEvent e : run(3, 3000, 0.05)) {
            if (e.logLine() == null) {
                continue;
            }
            byte[] bytes = e.logLine().getBytes(StandardCharsets.UTF_8);
            if (e.bad()) {
                bad++;
                assertThatThrownBy(() -> AppLogJsonDecoder.decode(bytes))
                        .isInstanceOf(DecodeException.class);
            } else {
                good++;
                AppLog log = decode(bytes);
                assertThat(log.getCommon().getMid()).startsWith("mid_");
                assertThat(log.getPage() != null || log.getStart() != null)
                        .as(e.logLine())
                        .isTrue();
                assertThat(log.getTs().toEpochMilli()).isEqualTo(e.millis());
            }
        }
        assertThat(good).isGreaterThan(1500);
        assertThat(bad).isGreaterThan(20);
    }

    @Test
    void ordersMoveOnlyAlongTheLifecycleAndTheirAmountsAddUp() {
        Map<Long, String> status = new HashMap<>();
        Map<Long, BigDecimal> lineTotals = new HashMap<>();
        Map<Long, BigDecimal> orderTotals = new HashMap<>();
        int transitions = 0;
        for (SimEvent e : run(11, 5000, 0)) {
            if (e.transaction() == null) {
                continue;
            }
            for (RowChange row : e.transaction().rows()) {
                if (row.table().equals("order_info") && row.insert()) {
                    assertThat(row.columns().get("order_status")).isEqualTo("1001");
                    status.put(row.id(), "1001");
                    orderTotals.put(row.id(), (BigDecimal) row.columns().get("total_amount"));
                    BigDecimal original = (BigDecimal) row.columns().get("original_total_amount");
                    BigDecimal reductions =
                            ((BigDecimal) row.columns().get("activity_reduce_amount"))
                                    .add((BigDecimal) row.columns().get("coupon_reduce_amount"));
                    assertThat(original.subtract(reductions))
                            .isEqualByComparingTo((BigDecimal) row.columns().get("total_amount"));
                } else if (row.table().equals("order_info")) {
                    String to = (String) row.columns().get("order_status");
                    assertThat(LEGAL.getOrDefault(status.get(row.id()), Set.of()))
                            .as("order %d %s -> %s", row.id(), status.get(row.id()), to)
                            .contains(to);
                    status.put(row.id(), to);
                    transitions++;
                } else if (row.table().equals("order_detail")) {
                    lineTotals.merge(
                            (Long) row.columns().get("order_id"),
                            (BigDecimal) row.columns().get("split_total_amount"),
                            BigDecimal::add);
                }
            }
        }
        assertThat(transitions).isGreaterThan(200);
        assertThat(status.values()).contains("1002", "1003", "1004", "1005", "1006");
        orderTotals.forEach(
                (order, total) ->
                        assertThat(lineTotals.get(order))
                                .as("order %d", order)
                                .isEqualByComparingTo(total));
    }

    @Test
    void paymentsAndCouponsFollowTheirLifecycles() {
        Map<Long, String> coupons = new HashMap<>();
        Map<Long, String> payments = new HashMap<>();
        int released = 0;
        int reused = 0;
        java.util.Set<Long> releasedIds = new java.util.HashSet<>();
        java.util.Set<String> seenCouponStates = new java.util.HashSet<>();
        for (SimEvent e : run(13, 8000, 0)) {
            if (e.transaction() == null) {
                continue;
            }
            for (RowChange row : e.transaction().rows()) {
                Object status =
                        row.columns()
                                .get(
                                        row.table().equals("coupon_use")
                                                ? "coupon_status"
                                                : "payment_status");
                if (row.table().equals("coupon_use")) {
                    String from = coupons.get(row.id());
                    String to = (String) status;
                    assertThat(
                                    row.insert()
                                            ? "1401".equals(to)
                                            : Set.of("1401:1402", "1402:1403", "1402:1401")
                                                    .contains(from + ":" + to))
                            .as("coupon %d %s -> %s", row.id(), from, to)
                            .isTrue();
                    if ("1402".equals(from) && "1401".equals(to)) {
                        released++;
                        releasedIds.add(row.id());
                    }
                    if ("1401".equals(from)
                            && "1402".equals(to)
                            && releasedIds.contains(row.id())) {
                        reused++;
                    }
                    coupons.put(row.id(), to);
                    seenCouponStates.add(to);
                } else if (row.table().equals("payment_info")) {
                    String from = payments.get(row.id());
                    assertThat(
                                    row.insert()
                                            ? "1601".equals(status)
                                            : "1601".equals(from)
                                                    && "1602".equals(status)
                                                    && row.columns().get("callback_time") != null)
                            .as("payment %d", row.id())
                            .isTrue();
                    payments.put(row.id(), (String) status);
                }
            }
        }
        assertThat(seenCouponStates).containsExactlyInAnyOrder("1401", "1402", "1403");
        assertThat(payments.values()).containsOnly("1602");
        assertThat(released).as("coupons released by cancellations").isPositive();
        assertThat(reused).as("released coupons used again").isPositive();
    }

    @Test
    void idsContinueAfterTheDatabasesLastOnes() {
        SimEvent firstOrder =
                run(5, 2000, 0).stream()
                        .filter(
                                e ->
                                        e.transaction() != null
                                                && e.transaction().action().equals("order"))
                        .findFirst()
                        .orElseThrow();
        assertThat(firstOrder.transaction().rows().get(0).id()).isEqualTo(101L);
    }

    private static AppLog decode(byte[] bytes) {
        try {
            return AppLogJsonDecoder.decode(bytes);
        } catch (DecodeException e) {
            throw new AssertionError(new String(bytes, StandardCharsets.UTF_8), e);
        }
    }
}
