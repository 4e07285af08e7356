package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.ShopRows.GARBLED;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.delete;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.inDatabase;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.insert;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.money;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.shopTime;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.snapshot;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.undecodable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.unusable;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.update;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.was;
import static com.gmall.rtdw.jobs.pipeline.ShopRows.withBaseDic;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.dwd.db.DwdTradeCartAdd;
import com.gmall.rtdw.model.dwd.TradeCartAdd;
import com.gmall.rtdw.model.ods.DbChange;
import com.gmall.rtdw.registry.Topics;
import org.junit.jupiter.api.Test;

/**
 * DwdTradeCartAdd (docs/jobs.md): a new cart_info row, or the increase of an update raising
 * sku_num, with the source type's code and base_dic name in fields of their own (C1).
 */
class DwdTradeCartAddPipelineTest {
    private static final String JOB = "DwdTradeCartAdd";

    @Test
    void aNewCartLineAddsItsQuantityAnUpdateOnlyItsIncreaseWithTheSourceTypesCodeAndNameC1()
            throws Exception {
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeCartAdd()))
                        .input(
                                Topics.TOPIC_DB,
                                insert(
                                        "cart_info",
                                        "id",
                                        "601",
                                        "user_id",
                                        "11",
                                        "sku_id",
                                        "5",
                                        "cart_price",
                                        "12.5",
                                        "sku_num",
                                        "1",
                                        "sku_name",
                                        "小米手机",
                                        "create_time",
                                        "2024-06-01 10:00:00",
                                        "source_type",
                                        "2401",
                                        "source_id",
                                        "9"),
                                // 1 -> 4: three more added at the update's operate_time
                                was(
                                        update(
                                                "cart_info",
                                                "id",
                                                "601",
                                                "user_id",
                                                "11",
                                                "sku_id",
                                                "5",
                                                "cart_price",
                                                "12.5",
                                                "sku_num",
                                                "4",
                                                "sku_name",
                                                "小米手机",
                                                "create_time",
                                                "2024-06-01 10:00:00",
                                                "operate_time",
                                                "2024-06-01 10:02:00",
                                                "source_type",
                                                "2401",
                                                "source_id",
                                                "9"),
                                        "sku_num",
                                        "1",
                                        "operate_time",
                                        null),
                                // 4 -> 2 is no addition, nor is ticking the line
                                was(
                                        update(
                                                "cart_info",
                                                "id",
                                                "601",
                                                "user_id",
                                                "11",
                                                "sku_id",
                                                "5",
                                                "sku_num",
                                                "2",
                                                "create_time",
                                                "2024-06-01 10:00:00",
                                                "operate_time",
                                                "2024-06-01 10:03:00",
                                                "source_type",
                                                "2401"),
                                        "sku_num",
                                        "4",
                                        "operate_time",
                                        "2024-06-01 10:02:00"),
                                was(
                                        update(
                                                "cart_info",
                                                "id",
                                                "601",
                                                "user_id",
                                                "11",
                                                "sku_id",
                                                "5",
                                                "sku_num",
                                                "2",
                                                "is_checked",
                                                "0",
                                                "create_time",
                                                "2024-06-01 10:00:00",
                                                "source_type",
                                                "2401"),
                                        "is_checked",
                                        "1"),
                                delete(
                                        "cart_info",
                                        "id",
                                        "601",
                                        "user_id",
                                        "11",
                                        "sku_id",
                                        "5",
                                        "sku_num",
                                        "2",
                                        "create_time",
                                        "2024-06-01 10:00:00",
                                        "source_type",
                                        "2401"),
                                insert(
                                        "cart_info",
                                        "id",
                                        "602",
                                        "user_id",
                                        "12",
                                        "sku_id",
                                        "6",
                                        "cart_price",
                                        "5999",
                                        "sku_num",
                                        "2",
                                        "create_time",
                                        "2024-06-01 11:00:00",
                                        "source_type",
                                        "2402",
                                        "source_id",
                                        "15"),
                                // G9: a code the dictionary does not know keeps the fact, without a
                                // name
                                insert(
                                        "cart_info",
                                        "id",
                                        "603",
                                        "user_id",
                                        "13",
                                        "sku_id",
                                        "7",
                                        "sku_num",
                                        "1",
                                        "create_time",
                                        "2024-06-01 12:00:00",
                                        "source_type",
                                        "2499"),
                                insert(
                                        "favor_info",
                                        "id",
                                        "401",
                                        "user_id",
                                        "11",
                                        "sku_id",
                                        "5",
                                        "create_time",
                                        "2024-06-01 10:00:00"),
                                inDatabase(
                                        "gmall_archive",
                                        insert(
                                                "cart_info",
                                                "id",
                                                "604",
                                                "user_id",
                                                "14",
                                                "sku_id",
                                                "5",
                                                "sku_num",
                                                "1",
                                                "create_time",
                                                "2024-06-01 10:00:00",
                                                "source_type",
                                                "2401")))
                        .inputText(Topics.TOPIC_DB.name(), GARBLED)
                        .run();

        assertThat(out.topic(Topics.DWD_TRADE_CART_ADD))
                .containsExactlyInAnyOrder(
                        new TradeCartAdd(
                                601L,
                                11L,
                                5L,
                                money("12.50"),
                                1L,
                                "小米手机",
                                shopTime("2024-06-01 10:00:00"),
                                null,
                                shopTime("2024-06-01 10:00:00"),
                                "2401",
                                "用户查询",
                                9L),
                        new TradeCartAdd(
                                601L,
                                11L,
                                5L,
                                money("12.50"),
                                3L,
                                "小米手机",
                                shopTime("2024-06-01 10:00:00"),
                                shopTime("2024-06-01 10:02:00"),
                                shopTime("2024-06-01 10:02:00"),
                                "2401",
                                "用户查询",
                                9L),
                        new TradeCartAdd(
                                602L,
                                12L,
                                6L,
                                money("5999.00"),
                                2L,
                                null,
                                shopTime("2024-06-01 11:00:00"),
                                null,
                                shopTime("2024-06-01 11:00:00"),
                                "2402",
                                "商品推广",
                                15L),
                        new TradeCartAdd(
                                603L,
                                13L,
                                7L,
                                null,
                                1L,
                                null,
                                shopTime("2024-06-01 12:00:00"),
                                null,
                                shopTime("2024-06-01 12:00:00"),
                                "2499",
                                null,
                                null));
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(undecodable(JOB, Topics.TOPIC_DB.name()));
    }

    @Test
    void aSnapshotLineOfItsDayAddsAllItsQuantityAnOlderLineReAddedThatDayIsADeadLetter()
            throws Exception {
        // read on 2024-06-01 at 08:00 shop time
        DbChange reAdded =
                snapshot(
                        "cart_info",
                        "id",
                        "702",
                        "user_id",
                        "22",
                        "sku_id",
                        "4",
                        "sku_num",
                        "3",
                        "create_time",
                        "2024-05-31 21:00:00",
                        "operate_time",
                        "2024-06-01 07:50:00",
                        "source_type",
                        "2401");
        PipelineRun.Outputs out =
                withBaseDic(PipelineRun.of(new DwdTradeCartAdd()))
                        .input(
                                Topics.TOPIC_DB,
                                snapshot(
                                        "cart_info",
                                        "id",
                                        "701",
                                        "user_id",
                                        "21",
                                        "sku_id",
                                        "3",
                                        "sku_num",
                                        "5",
                                        "create_time",
                                        "2024-06-01 07:00:00",
                                        "operate_time",
                                        "2024-06-01 07:40:00",
                                        "source_type",
                                        "2402",
                                        "source_id",
                                        "15"),
                                reAdded,
                                // an older line untouched since: in the cart, but not added in the
                                // period
                                snapshot(
                                        "cart_info",
                                        "id",
                                        "703",
                                        "user_id",
                                        "23",
                                        "sku_id",
                                        "4",
                                        "sku_num",
                                        "1",
                                        "create_time",
                                        "2024-05-30 21:00:00",
                                        "source_type",
                                        "2401"))
                        .run();

        assertThat(out.topic(Topics.DWD_TRADE_CART_ADD))
                .containsExactly(
                        new TradeCartAdd(
                                701L,
                                21L,
                                3L,
                                null,
                                5L,
                                null,
                                shopTime("2024-06-01 07:00:00"),
                                shopTime("2024-06-01 07:40:00"),
                                shopTime("2024-06-01 07:00:00"),
                                "2402",
                                "商品推广",
                                15L));
        // when it was re-added and how much, its final state does not tell
        assertThat(out.deadLetters())
                .satisfiesExactlyInAnyOrder(
                        unusable(JOB, reAdded, "cannot tell the time or amount"));
    }
}
