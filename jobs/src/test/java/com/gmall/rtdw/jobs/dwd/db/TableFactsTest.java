package com.gmall.rtdw.jobs.dwd.db;

import static com.gmall.rtdw.jobs.testing.DbChanges.change;
import static com.gmall.rtdw.jobs.testing.DbChanges.was;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.InteractionFavorAdd;
import com.gmall.rtdw.model.dwd.ToolCouponOrder;
import com.gmall.rtdw.model.dwd.ToolCouponPay;
import com.gmall.rtdw.model.dwd.UserRegister;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.runtime.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * The single-table business facts of coupons taken, ordered and paid, favourites and registrations
 * (docs/jobs.md), in the warehouse zone Asia/Shanghai.
 */
class TableFactsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * The default period: the day the snapshot read the row (the test rows are read at 2024-06-01
     * 08:00 local).
     */
    static final SnapshotFacts TODAY = SnapshotFacts.parse("today", SHANGHAI);

    private static <T> List<T> facts(FactRule<T> rule, DbChange... changes) throws Exception {
        return facts(rule, TODAY, changes);
    }

    private static <T> List<T> facts(FactRule<T> rule, SnapshotFacts snapshot, DbChange... changes)
            throws Exception {
        try (OneInputStreamOperatorTestHarness<DbChange, T> h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new TableFacts<>(rule, SHANGHAI, snapshot, "test"))) {
            for (DbChange c : changes) {
                h.processElement(c, 0);
            }
            return h.extractOutputValues();
        }
    }

    @Test
    void localDateTimesAreReadInTheWarehouseZoneG5() throws Exception {
        List<UserRegister> registered =
                facts(
                        new DwdUserRegister.Rule(),
                        change(
                                ChangeType.insert,
                                "user_info",
                                "id",
                                "7",
                                "create_time",
                                "2024-06-01 00:30:00"));

        assertThat(registered)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.getCreateTime())
                                    .isEqualTo(Instant.parse("2024-05-31T16:30:00Z"));
                            assertThat(r.getDateId()).isEqualTo(LocalDate.of(2024, 6, 1));
                            assertThat(r.getUserId()).isEqualTo(7L);
                        });
    }

    @Test
    void otherDatabasesTablesAndChangeTypesAreNotFactsG7() throws Exception {
        DbChange archived =
                change(
                        ChangeType.insert,
                        "favor_info",
                        "id",
                        "1",
                        "user_id",
                        "2",
                        "sku_id",
                        "3",
                        "create_time",
                        "2024-06-01 10:00:00");
        archived.setDatabase("gmall_archive");

        List<InteractionFavorAdd> favors =
                facts(
                        new DwdInteractionFavorAdd.Rule(),
                        archived,
                        change(ChangeType.insert, "cart_info", "id", "1"),
                        change(
                                ChangeType.bootstrap_insert,
                                "favor_info",
                                "id",
                                "9",
                                "user_id",
                                "2",
                                "sku_id",
                                "3",
                                "create_time",
                                "2024-05-31 23:59:59"), // the snapshot's history: read on 06-01
                        change(
                                ChangeType.delete,
                                "favor_info",
                                "id",
                                "11",
                                "user_id",
                                "2",
                                "sku_id",
                                "3",
                                "create_time",
                                "2024-06-01 07:00:00"),
                        change(
                                ChangeType.insert,
                                "favor_info",
                                "id",
                                "10",
                                "user_id",
                                "2",
                                "sku_id",
                                "3",
                                "create_time",
                                "2024-06-01 10:00:00"));

        assertThat(favors).extracting(InteractionFavorAdd::getId).containsExactly(10L);
    }

    @Test
    void aCouponIsOrderedWhenItGoesFromUnusedToInUse() throws Exception {
        List<ToolCouponOrder> ordered =
                facts(
                        new DwdToolCouponOrder.Rule(),
                        was(
                                change(
                                        ChangeType.update,
                                        "coupon_use",
                                        "id",
                                        "1",
                                        "coupon_id",
                                        "2",
                                        "user_id",
                                        "3",
                                        "order_id",
                                        "4",
                                        "coupon_status",
                                        "1402",
                                        "using_time",
                                        "2024-06-01 10:00:00"),
                                "coupon_status",
                                "1401"),
                        was(
                                change(
                                        ChangeType.update,
                                        "coupon_use",
                                        "id",
                                        "1",
                                        "coupon_id",
                                        "2",
                                        "user_id",
                                        "3",
                                        "coupon_status",
                                        "1401",
                                        "using_time",
                                        null),
                                "coupon_status",
                                "1402")); // order cancelled

        assertThat(ordered)
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.getOrderId()).isEqualTo(4L);
                            assertThat(o.getOrderTime())
                                    .isEqualTo(Instant.parse("2024-06-01T02:00:00Z"));
                        });
    }

    @Test
    void aUsedCouponIsPaidOnceNotAgainOnLaterUpdatesCP1() throws Exception {
        List<ToolCouponPay> paid =
                facts(
                        new DwdToolCouponPay.Rule(),
                        was(
                                was(
                                        change(
                                                ChangeType.update,
                                                "coupon_use",
                                                "id",
                                                "1",
                                                "coupon_id",
                                                "2",
                                                "user_id",
                                                "3",
                                                "order_id",
                                                "4",
                                                "coupon_status",
                                                "1403",
                                                "used_time",
                                                "2024-06-01 10:00:05"),
                                        "coupon_status",
                                        "1402"),
                                "used_time",
                                null),
                        was(
                                change(
                                        ChangeType.update,
                                        "coupon_use",
                                        "id",
                                        "1",
                                        "coupon_id",
                                        "2",
                                        "user_id",
                                        "3",
                                        "order_id",
                                        "4",
                                        "coupon_status",
                                        "1403",
                                        "used_time",
                                        "2024-06-01 10:00:05",
                                        "expire_time",
                                        "2024-08-01 00:00:00"),
                                "expire_time",
                                "2024-07-01 00:00:00"));

        assertThat(paid)
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.getPaymentTime())
                                        .isEqualTo(Instant.parse("2024-06-01T02:00:05Z")));
    }

    @Test
    void snapshotRowsOfThePeriodAreFactsAtTheirOwnTimeOlderOnesAreHistory() throws Exception {
        DbChange morning =
                change(
                        ChangeType.bootstrap_insert,
                        "user_info",
                        "id",
                        "7",
                        "create_time",
                        "2024-06-01 00:00:00");
        DbChange yesterday =
                change(
                        ChangeType.bootstrap_insert,
                        "user_info",
                        "id",
                        "6",
                        "create_time",
                        "2024-05-31 23:59:59");

        assertThat(facts(new DwdUserRegister.Rule(), morning, yesterday))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.getUserId()).isEqualTo(7L);
                            assertThat(r.getCreateTime())
                                    .isEqualTo(Instant.parse("2024-05-31T16:00:00Z"));
                        });
        assertThat(
                        facts(
                                new DwdUserRegister.Rule(),
                                SnapshotFacts.parse("none", SHANGHAI),
                                morning,
                                yesterday))
                .isEmpty();
        assertThat(
                        facts(
                                new DwdUserRegister.Rule(),
                                SnapshotFacts.parse("2024-05-31T23:59:59", SHANGHAI),
                                morning,
                                yesterday))
                .extracting(UserRegister::getUserId)
                .containsExactly(7L, 6L);
    }

    @Test
    void aSnapshotRowShowsAFactOnlyInTheStateThatFollowsIt() throws Exception {
        List<ToolCouponPay> paid =
                facts(
                        new DwdToolCouponPay.Rule(),
                        change(
                                ChangeType.bootstrap_insert,
                                "coupon_use",
                                "id",
                                "1",
                                "coupon_id",
                                "2",
                                "user_id",
                                "3",
                                "order_id",
                                "4",
                                "coupon_status",
                                "1403",
                                "used_time",
                                "2024-06-01 07:30:00"),
                        change(
                                ChangeType.bootstrap_insert,
                                "coupon_use",
                                "id",
                                "2",
                                "coupon_id",
                                "2",
                                "user_id",
                                "3",
                                "order_id",
                                "5",
                                "coupon_status",
                                "1402",
                                "using_time",
                                "2024-06-01 07:30:00"));
        List<ToolCouponOrder> ordered =
                facts(
                        new DwdToolCouponOrder.Rule(),
                        change(
                                ChangeType.bootstrap_insert,
                                "coupon_use",
                                "id",
                                "2",
                                "coupon_id",
                                "2",
                                "user_id",
                                "3",
                                "order_id",
                                "5",
                                "coupon_status",
                                "1402",
                                "using_time",
                                "2024-06-01 07:30:00"),
                        change(
                                ChangeType.bootstrap_insert,
                                "coupon_use",
                                "id",
                                "3",
                                "coupon_id",
                                "2",
                                "user_id",
                                "3",
                                "coupon_status",
                                "1401",
                                "get_time",
                                "2024-06-01 07:30:00"));

        assertThat(paid).extracting(ToolCouponPay::getId).containsExactly(1L);
        assertThat(ordered).extracting(ToolCouponOrder::getId).containsExactly(2L);
    }

    @Test
    void aSnapshotRowWithAMalformedFactTimeIsADeadLetter() throws Exception {
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new TableFacts<>(
                                new DwdUserRegister.Rule(), SHANGHAI, TODAY, "DwdUserRegister"))) {
            h.processElement(
                    change(
                            ChangeType.bootstrap_insert,
                            "user_info",
                            "id",
                            "7",
                            "create_time",
                            "noon"),
                    0);

            assertThat(h.extractOutputValues()).isEmpty();
            assertThat(h.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                    .extracting(r -> new String(r.getValue().value, StandardCharsets.UTF_8))
                    .singleElement()
                    .satisfies(
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "no fact: user_info.create_time is not a yyyy-MM-dd HH:mm:ss"));
        }
    }

    @Test
    void anUnreadableSnapshotPeriodIsAClearError() {
        assertThatThrownBy(() -> SnapshotFacts.parse("yesterday", SHANGHAI))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        "dwd.snapshot-facts-from: 'yesterday' is not 'today', 'none', a date");
    }

    @Test
    void aMatchingRowWithoutWhatItsFactNeedsIsADeadLetter() throws Exception {
        try (var h =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new TableFacts<>(
                                new DwdUserRegister.Rule(), SHANGHAI, TODAY, "DwdUserRegister"))) {
            h.processElement(
                    change(ChangeType.insert, "user_info", "id", "7", "create_time", "yesterday"),
                    0);
            h.processElement(
                    change(
                            ChangeType.insert,
                            "user_info",
                            "id",
                            "x",
                            "create_time",
                            "2024-06-01 00:30:00"),
                    0);
            h.processElement(
                    change(
                            ChangeType.insert,
                            "user_info",
                            "id",
                            "8",
                            "create_time",
                            "2024-06-01 00:30:00"),
                    0);

            assertThat(h.extractOutputValues())
                    .extracting(UserRegister::getUserId)
                    .containsExactly(8L);
            assertThat(h.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                    .extracting(r -> new String(r.getValue().value, StandardCharsets.UTF_8))
                    .satisfiesExactly(
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "no fact: user_info.create_time is not a yyyy-MM-dd HH:mm:ss"),
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "no fact: user_info.id is not a whole number: 'x'"));
        }
    }
}
