package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** Order lines whose SKU was not resolved never reach the SPU windows under empty keys: they are dead letters. */
class UnresolvedSkusTest {
    private static SpuOrderLine line(long orderId, String skuId, String spuId) {
        SpuOrderLine line = new SpuOrderLine();
        line.userId = "7";
        line.skuId = skuId;
        line.orderId = orderId;
        line.amount = new BigDecimal("10.00");
        line.spuId = spuId;
        line.trademarkId = spuId == null ? null : "1";
        line.category3Id = spuId == null ? null : "61";
        return line;
    }

    @Test
    void aLineWithoutItsSpuIsADeadLetterNotARowUnderEmptyKeys() throws Exception {
        try (OneInputStreamOperatorTestHarness<SpuOrderLine, SpuOrderLine> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new UnresolvedSkus("DwsTradeUserSpuOrderWindow"))) {
            harness.processElement(line(1, "11", "3"), 1L);
            harness.processElement(line(2, "99", null), 2L); // not in DIM_SKU_INFO, or its lookup timed out

            assertThat(harness.extractOutputValues()).extracting(l -> l.orderId).containsExactly(1L);
            assertThat(harness.getSideOutput(UnresolvedSkus.UNRESOLVED)).extracting(StreamRecord::getValue)
                    .map(r -> new String(r.value, StandardCharsets.UTF_8)).singleElement().satisfies(d ->
                            assertThat(d).contains("SKU 99 not resolved").contains("order 2"));
        }
    }
}
