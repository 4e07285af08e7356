package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.orderLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsTradeUserSpuOrderWindow;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeUserSpuOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Rows as (window, user, SPU and its name, trademark and its name, category 3, 2 and 1 and their
 * names, distinct orders, amount). SKUs 11 and 12 are the SPU 小米12, SKU 21 a lipstick; SKU 99 is
 * unknown to DIM_SKU_INFO.
 */
class DwsTradeUserSpuOrderWindowPipelineTest {
    private static final Object[] PHONE = {
        "3", "小米12", "1", "小米", "61", "手机", "13", "手机通讯", "2", "手机数码"
    };
    private static final Object[] LIPSTICK = {
        "7", "迪奥烈艳蓝金唇膏", "5", "迪奥", "477", "唇膏", "54", "香水彩妆", "8", "个护化妆"
    };

    @Test
    void ordersAndAmountsAddUpPerUserAndSpuWithEveryNameLookedUpInItsOwnTableS1() throws Exception {
        PipelineRun run =
                shop(
                        PipelineRun.of(new DwsTradeUserSpuOrderWindow())
                                .input(
                                        Topics.DWD_TRADE_ORDER_DETAIL,
                                        // one order of two SKUs of one SPU: one order
                                        line(1, 301, 1, 11, "04:00:02", "1999.00"),
                                        line(2, 301, 1, 12, "04:00:02", "2199.00"),
                                        line(3, 303, 2, 21, "04:00:04", "300.00"),
                                        line(4, 302, 1, 11, "04:00:07", "1899.00"),
                                        line(5, 304, 2, 21, "04:00:15", "250.00"),
                                        line(6, 304, 2, 11, "04:00:15", "1999.00"))
                                .inputText(
                                        Topics.DWD_TRADE_ORDER_DETAIL.name(),
                                        "{\"order_id\":304}"));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        row("2024-06-01T04:00:00Z", "1", PHONE, 2L, "6097.00"),
                        row("2024-06-01T04:00:00Z", "2", LIPSTICK, 1L, "300.00"),
                        row("2024-06-01T04:00:10Z", "2", LIPSTICK, 1L, "250.00"),
                        row("2024-06-01T04:00:10Z", "2", PHONE, 1L, "1999.00"));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsTradeUserSpuOrderWindow",
                                Topics.DWD_TRADE_ORDER_DETAIL.name(),
                                "{\"order_id\":304}"));
    }

    @Test
    void aSkuTheLookupCannotPlaceIsADeadLetterAndHoldsBackOnlyItsOwnPartOfTheOrder()
            throws Exception {
        PipelineRun run =
                shop(
                        PipelineRun.of(new DwsTradeUserSpuOrderWindow())
                                .input(
                                        Topics.DWD_TRADE_ORDER_DETAIL,
                                        line(1, 306, 4, 11, "04:00:03", "500.00"),
                                        line(2, 306, 4, 99, "04:00:03", "88.00"),
                                        line(3, 306, 4, 12, "04:00:03", "600.00")));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactly(row("2024-06-01T04:00:00Z", "4", PHONE, 1L, "1100.00"));
        assertThat(out.deadLetters())
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.reason())
                                    .startsWith(
                                            "SKU 99 not resolved to its SPU, trademark and category");
                            assertThat(letter.original())
                                    .contains("user 4", "sku 99", "orders [306]", "amount 88.00");
                        });
    }

    /**
     * The dim rows: SKUs to their SPU, trademark and leaf category, then the names and parent
     * categories.
     */
    private static PipelineRun shop(PipelineRun run) {
        run.servers()
                .dim(
                        "DIM_SKU_INFO",
                        "11",
                        "SPU_ID",
                        "3",
                        "TM_ID",
                        "1",
                        "CATEGORY3_ID",
                        "61",
                        "SKU_NAME",
                        "小米12 8+128G")
                .dim(
                        "DIM_SKU_INFO",
                        "12",
                        "SPU_ID",
                        "3",
                        "TM_ID",
                        "1",
                        "CATEGORY3_ID",
                        "61",
                        "SKU_NAME",
                        "小米12 8+256G")
                .dim(
                        "DIM_SKU_INFO",
                        "21",
                        "SPU_ID",
                        "7",
                        "TM_ID",
                        "5",
                        "CATEGORY3_ID",
                        "477",
                        "SKU_NAME",
                        "999 哑光")
                .dim("DIM_SPU_INFO", "3", "SPU_NAME", "小米12")
                .dim("DIM_SPU_INFO", "7", "SPU_NAME", "迪奥烈艳蓝金唇膏")
                .dim("DIM_BASE_TRADEMARK", "1", "TM_NAME", "小米")
                .dim("DIM_BASE_TRADEMARK", "5", "TM_NAME", "迪奥")
                .dim("DIM_BASE_CATEGORY3", "61", "NAME", "手机", "CATEGORY2_ID", "13")
                .dim("DIM_BASE_CATEGORY3", "477", "NAME", "唇膏", "CATEGORY2_ID", "54")
                .dim("DIM_BASE_CATEGORY2", "13", "NAME", "手机通讯", "CATEGORY1_ID", "2")
                .dim("DIM_BASE_CATEGORY2", "54", "NAME", "香水彩妆", "CATEGORY1_ID", "8")
                .dim("DIM_BASE_CATEGORY1", "2", "NAME", "手机数码")
                .dim("DIM_BASE_CATEGORY1", "8", "NAME", "个护化妆");
        return run;
    }

    private static TradeOrderDetail line(
            long id, long order, long user, long sku, String created, String total) {
        return orderLine(id, order, user, sku, at(created), total).build();
    }

    private static Tuple row(String window, String user, Object[] spu, long orders, String amount) {
        return tuple(
                window, user, spu[0], spu[1], spu[2], spu[3], spu[4], spu[5], spu[6], spu[7],
                spu[8], spu[9], orders, amount);
    }

    private static List<Tuple> rows(PipelineRun.Outputs out) {
        // the SPU job writes a row again each time one of its SKU windows joins it: the newest is
        // the whole
        List<TradeUserSpuOrderWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_TRADE_USER_SPU_ORDER_WINDOW),
                        r -> List.of(r.stt, r.edt, r.userId, r.spuId, r.trademarkId, r.category3Id),
                        r -> r.ts);
        return rows.stream()
                .map(
                        r ->
                                tuple(
                                        DwdRecords.window(r.stt, r.edt),
                                        r.userId,
                                        r.spuId,
                                        r.spuName,
                                        r.trademarkId,
                                        r.trademarkName,
                                        r.category3Id,
                                        r.category3Name,
                                        r.category2Id,
                                        r.category2Name,
                                        r.category1Id,
                                        r.category1Name,
                                        r.orderCount,
                                        r.orderAmount.toPlainString()))
                .toList();
    }
}
