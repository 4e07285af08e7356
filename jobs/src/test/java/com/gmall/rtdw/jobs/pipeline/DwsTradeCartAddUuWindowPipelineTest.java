package com.gmall.rtdw.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gmall.rtdw.jobs.dws.DwsTradeCartAddUuWindow;
import com.gmall.rtdw.model.dwd.TradeCartAdd;
import com.gmall.rtdw.model.dws.TradeCartAddUuWindow;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.registry.Topics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DwsTradeCartAddUuWindowPipelineTest {
    @Test
    void eachUsersFirstCartAdditionOfTheDayIsCountedInItsWindow() throws Exception {
        PipelineRun.Outputs out =
                PipelineRun.of(new DwsTradeCartAddUuWindow())
                        .input(
                                Topics.DWD_TRADE_CART_ADD,
                                add(1, 7, "2024-06-01T04:00:03Z"),
                                add(2, 7, "2024-06-01T04:00:01Z"),
                                add(3, 8, "2024-06-01T04:00:12Z"),
                                add(4, 7, "2024-06-01T04:00:15Z"))
                        .inputText(Topics.DWD_TRADE_CART_ADD.name(), "not a cart addition")
                        .run();
        List<TradeCartAddUuWindow> rows = out.table(Tables.DWS_TRADE_CART_ADD_UU_WINDOW);
        assertThat(rows)
                .extracting(r -> Instant.ofEpochMilli(r.stt).toString(), r -> r.cartAddUuCt)
                .containsExactlyInAnyOrder(
                        tuple("2024-06-01T04:00:00Z", 1L), tuple("2024-06-01T04:00:10Z", 1L));
        assertThat(out.deadLetters())
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.source()).isEqualTo(Topics.DWD_TRADE_CART_ADD.name());
                            assertThat(letter.original()).isEqualTo("not a cart addition");
                        });
    }

    private static TradeCartAdd add(long id, long user, String at) {
        Instant time = Instant.parse(at);
        return new TradeCartAdd(
                id, user, 100L, null, 1L, "sku", time, null, time, "2401", "用户查询", null);
    }
}
