package com.gmall.rtdw.jobs.pipeline;

import static com.gmall.rtdw.jobs.pipeline.DwdRecords.at;
import static com.gmall.rtdw.jobs.pipeline.DwdRecords.orderLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsTradeProvinceOrderWindow;
import com.gmall.rtdw.model.dwd.TradeOrderDetail;
import com.gmall.rtdw.model.dws.TradeProvinceOrderWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Rows as (window, province, its name, distinct orders, amount). */
class DwsTradeProvinceOrderWindowPipelineTest {
    @Test
    void ordersAndAmountsAddUpPerProvinceAndWindowWithTheProvincesNameLookedUp() throws Exception {
        PipelineRun run =
                provinces(
                        PipelineRun.of(new DwsTradeProvinceOrderWindow())
                                .input(
                                        Topics.DWD_TRADE_ORDER_DETAIL,
                                        line(1, 401, 1L, "04:00:01", "100.00"),
                                        line(2, 401, 1L, "04:00:01", "50.50"), // one order
                                        line(3, 403, 2L, "04:00:05", "99.99"),
                                        line(4, 402, 1L, "04:00:08", "30.00"),
                                        line(5, 404, 1L, "04:00:11", "20.00"),
                                        line(6, 405, 2L, "04:00:13", "10.00"),
                                        line(7, 405, 2L, "04:00:13", "5.00"))
                                .inputText(
                                        Topics.DWD_TRADE_ORDER_DETAIL.name(),
                                        "province_id=1,order_id=406"));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", "1", "北京", 2L, "180.50"),
                        tuple("2024-06-01T04:00:00Z", "2", "上海", 1L, "99.99"),
                        tuple("2024-06-01T04:00:10Z", "1", "北京", 1L, "20.00"),
                        tuple("2024-06-01T04:00:10Z", "2", "上海", 1L, "15.00"));
        assertThat(out.deadLetters())
                .extracting(DeadLetter::job, DeadLetter::source, DeadLetter::original)
                .containsExactly(
                        tuple(
                                "DwsTradeProvinceOrderWindow",
                                Topics.DWD_TRADE_ORDER_DETAIL.name(),
                                "province_id=1,order_id=406"));
    }

    @Test
    void
            ordersWithoutAProvinceCountUnderTheEmptyIdAndAProvinceMissingFromTheDimKeepsItsIdWithoutAName()
                    throws Exception {
        PipelineRun run =
                provinces(
                        PipelineRun.of(new DwsTradeProvinceOrderWindow())
                                .input(
                                        Topics.DWD_TRADE_ORDER_DETAIL,
                                        line(1, 406, null, "04:00:03", "10.00"),
                                        line(2, 407, null, "04:00:04", "12.50"),
                                        line(3, 408, 35L, "04:00:06", "8.00"),
                                        line(4, 409, 1L, "04:00:07", "1.00")));
        PipelineRun.Outputs out = run.run();

        assertThat(rows(out))
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", "", null, 2L, "22.50"),
                        tuple("2024-06-01T04:00:00Z", "35", null, 1L, "8.00"),
                        tuple("2024-06-01T04:00:00Z", "1", "北京", 1L, "1.00"));
        assertThat(out.deadLetters()).isEmpty();
    }

    private static PipelineRun provinces(PipelineRun run) {
        run.servers()
                .dim(
                        "DIM_BASE_PROVINCE",
                        "1",
                        "NAME",
                        "北京",
                        "REGION_ID",
                        "1",
                        "AREA_CODE",
                        "110000")
                .dim(
                        "DIM_BASE_PROVINCE",
                        "2",
                        "NAME",
                        "上海",
                        "REGION_ID",
                        "2",
                        "AREA_CODE",
                        "310000");
        return run;
    }

    private static TradeOrderDetail line(
            long id, long order, Long province, String created, String total) {
        return orderLine(id, order, 10 + order, 11, at(created), total)
                .setProvinceId(province)
                .build();
    }

    private static List<Tuple> rows(PipelineRun.Outputs out) {
        List<TradeProvinceOrderWindow> rows =
                FinalRows.of(
                        out.table(Tables.DWS_TRADE_PROVINCE_ORDER_WINDOW),
                        r -> List.of(r.stt, r.edt, r.provinceId),
                        r -> r.ts);
        return rows.stream()
                .map(
                        r ->
                                tuple(
                                        DwdRecords.window(r.stt, r.edt),
                                        r.provinceId,
                                        r.provinceName,
                                        r.orderCount,
                                        r.orderAmount.toPlainString()))
                .toList();
    }
}
