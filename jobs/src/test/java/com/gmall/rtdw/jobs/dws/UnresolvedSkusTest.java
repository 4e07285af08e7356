package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * SKU windows whose SKU was not placed never reach the SPU rows under empty keys: they are dead
 * letters.
 */
class UnresolvedSkusTest {
    static SkuWindowOrders skuWindow(String skuId, String spuId, long... orderIds) {
        SkuWindowOrders window = new SkuWindowOrders();
        window.userId = "7";
        window.skuId = skuId;
        window.stt = 10_000;
        window.edt = 20_000;
        window.version = 1;
        window.orderIds = orderIds;
        window.amount = new BigDecimal("10.00").multiply(BigDecimal.valueOf(orderIds.length));
        window.spuId = spuId;
        window.trademarkId = spuId == null ? null : "1";
        window.category3Id = spuId == null ? null : "61";
        return window;
    }

    @Test
    void aSkuWindowWithoutItsSpuIsADeadLetterNotARowUnderEmptyKeys() throws Exception {
        try (OneInputStreamOperatorTestHarness<SkuWindowOrders, SkuWindowOrders> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new UnresolvedSkus("DwsTradeUserSpuOrderWindow"))) {
            harness.processElement(skuWindow("11", "3", 1), 1L);
            harness.processElement(
                    skuWindow("99", null, 2), 2L); // not in DIM_SKU_INFO, or its lookup timed out

            assertThat(harness.extractOutputValues())
                    .extracting(w -> w.skuId)
                    .containsExactly("11");
            assertThat(harness.getSideOutput(UnresolvedSkus.UNRESOLVED))
                    .extracting(StreamRecord::getValue)
                    .map(r -> new String(r.value, StandardCharsets.UTF_8))
                    .singleElement()
                    .satisfies(
                            d ->
                                    assertThat(d)
                                            .contains("SKU 99 not resolved")
                                            .contains("orders [2]"));
        }
    }
}
