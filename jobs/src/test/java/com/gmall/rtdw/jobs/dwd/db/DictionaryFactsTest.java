package com.gmall.rtdw.jobs.dwd.db;

import static com.gmall.rtdw.jobs.testing.DbChanges.change;
import static com.gmall.rtdw.jobs.testing.DbChanges.was;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.DecodeOrDeadLetter;
import com.gmall.rtdw.model.common.ChangeType;
import com.gmall.rtdw.model.dwd.InteractionComment;
import com.gmall.rtdw.model.ods.DbChange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * Facts that name base_dic codes: cart additions (7.1, C1) and comments (7.12), with a complete
 * dictionary (G9).
 */
class DictionaryFactsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** What the business database's base_dic holds when the task opens. */
    private static final Map<String, String> DATABASE = Map.of("2401", "用户查询", "1201", "好评");

    private static <T> BroadcastOperatorTestHarness<DbChange, DbChange, T> harness(FactRule<T> rule)
            throws Exception {
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                new DictionaryFacts<>(
                        rule,
                        SHANGHAI,
                        TableFactsTest.TODAY,
                        "test",
                        () -> new HashMap<>(DATABASE)),
                DictionaryFacts.DICTIONARY);
    }

    @Test
    void cartAdditionsCarryTheSourceTypeCodeAndNameInTheirOwnFieldsC1() throws Exception {
        try (var h = harness(new DwdTradeCartAdd.Rule())) {
            h.processElement(
                    change(
                            ChangeType.insert,
                            "cart_info",
                            "id",
                            "1",
                            "user_id",
                            "2",
                            "sku_id",
                            "3",
                            "cart_price",
                            "5999",
                            "sku_num",
                            "2",
                            "create_time",
                            "2024-06-01 10:00:00",
                            "source_type",
                            "2401",
                            "source_id",
                            "77"),
                    0);

            assertThat(h.extractOutputValues())
                    .singleElement()
                    .satisfies(
                            c -> {
                                assertThat(c.getSourceTypeCode()).isEqualTo("2401");
                                assertThat(c.getSourceTypeName()).isEqualTo("用户查询");
                                assertThat(c.getSourceId()).isEqualTo(77L);
                                assertThat(c.getCartPrice()).isEqualTo(new BigDecimal("5999.00"));
                                assertThat(c.getSkuNum()).isEqualTo(2L);
                                assertThat(c.getAddTime())
                                        .isEqualTo(Instant.parse("2024-06-01T02:00:00Z"));
                            });
        }
    }

    @Test
    void
            aCartLineOfThePeriodInTheSnapshotIsOneAdditionOfAllItsQuantityAnOlderOneReAddedIsADeadLetter()
                    throws Exception {
        try (var h = harness(new DwdTradeCartAdd.Rule())) {
            h.processElement(
                    change(
                            ChangeType.bootstrap_insert,
                            "cart_info",
                            "id",
                            "1",
                            "user_id",
                            "2",
                            "sku_id",
                            "3",
                            "sku_num",
                            "5",
                            "create_time",
                            "2024-06-01 07:00:00",
                            "operate_time",
                            "2024-06-01 07:40:00",
                            "source_type",
                            "2401"),
                    0);
            h.processElement(
                    change(
                            ChangeType.bootstrap_insert,
                            "cart_info",
                            "id",
                            "2",
                            "user_id",
                            "2",
                            "sku_id",
                            "4",
                            "sku_num",
                            "3",
                            "create_time",
                            "2024-05-31 21:00:00",
                            "operate_time",
                            "2024-06-01 07:50:00",
                            "source_type",
                            "2401"),
                    0);

            assertThat(h.extractOutputValues())
                    .singleElement()
                    .satisfies(
                            c -> {
                                assertThat(c.getId()).isEqualTo(1L);
                                assertThat(c.getSkuNum()).isEqualTo(5L);
                                assertThat(c.getAddTime())
                                        .isEqualTo(Instant.parse("2024-05-31T23:00:00Z"));
                            });
            assertThat(h.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS))
                    .as("line 2, re-added before the start")
                    .extracting(r -> new String(r.getValue().value, StandardCharsets.UTF_8))
                    .singleElement()
                    .satisfies(
                            d ->
                                    assertThat(d)
                                            .contains(
                                                    "snapshot row: cart_info shows a fact of the period it "
                                                            + "cannot tell the time or amount of (its last at 2024-05-31T23:50:00Z); not counted"));
        }
    }

    @Test
    void anUpdateAddsOnlyTheIncreaseAndAReductionIsNoAddition() throws Exception {
        try (var h = harness(new DwdTradeCartAdd.Rule())) {
            h.processElement(
                    was(
                            change(
                                    ChangeType.update,
                                    "cart_info",
                                    "id",
                                    "1",
                                    "user_id",
                                    "2",
                                    "sku_id",
                                    "3",
                                    "sku_num",
                                    "5",
                                    "create_time",
                                    "2024-06-01 10:00:00",
                                    "operate_time",
                                    "2024-06-01 11:00:00"),
                            "sku_num",
                            "2"),
                    0);
            h.processElement(
                    was(
                            change(
                                    ChangeType.update,
                                    "cart_info",
                                    "id",
                                    "1",
                                    "user_id",
                                    "2",
                                    "sku_id",
                                    "3",
                                    "sku_num",
                                    "1",
                                    "operate_time",
                                    "2024-06-01 12:00:00"),
                            "sku_num",
                            "5"),
                    0);
            h.processElement(
                    was(
                            change(
                                    ChangeType.update,
                                    "cart_info",
                                    "id",
                                    "1",
                                    "user_id",
                                    "2",
                                    "sku_id",
                                    "3",
                                    "sku_num",
                                    "1",
                                    "is_checked",
                                    "1"),
                            "is_checked",
                            "0"),
                    0);

            assertThat(h.extractOutputValues())
                    .singleElement()
                    .satisfies(
                            c -> {
                                assertThat(c.getSkuNum()).isEqualTo(3L);
                                assertThat(c.getAddTime())
                                        .isEqualTo(Instant.parse("2024-06-01T03:00:00Z"));
                            });
        }
    }

    @Test
    void theDictionaryIsCompleteAndFollowsBaseDicChangesG9() throws Exception {
        try (BroadcastOperatorTestHarness<DbChange, DbChange, InteractionComment> h =
                harness(new DwdInteractionComment.Rule())) {
            h.processElement(comment("1", "1201"), 0);
            h.processBroadcastElement(
                    change(ChangeType.insert, "base_dic", "dic_code", "1205", "dic_name", "追评"), 0);
            h.processBroadcastElement(
                    change(ChangeType.update, "base_dic", "dic_code", "1201", "dic_name", "好评!"),
                    0);
            h.processElement(comment("2", "1205"), 0);
            h.processElement(comment("3", "1201"), 0);
            h.processElement(comment("4", "1299"), 0); // unknown: kept, name null
            h.processElement(comment("5", null), 0);

            assertThat(h.extractOutputValues())
                    .extracting(c -> c.getId() + ":" + c.getAppraiseName())
                    .containsExactly("1:好评", "2:追评", "3:好评!", "4:null", "5:null");
            assertThat(h.getBroadcastState(DictionaryFacts.DICTIONARY).contains("1205")).isTrue();

            h.processBroadcastElement(
                    change(ChangeType.delete, "base_dic", "dic_code", "1205", "dic_name", "追评"), 0);
            assertThat(h.getBroadcastState(DictionaryFacts.DICTIONARY).contains("1205")).isFalse();
        }
    }

    private static DbChange comment(String id, String appraise) {
        return change(
                ChangeType.insert,
                "comment_info",
                "id",
                id,
                "user_id",
                "2",
                "sku_id",
                "3",
                "order_id",
                "4",
                "appraise",
                appraise,
                "create_time",
                "2024-06-01 10:00:00");
    }
}
