package com.gmall.rtdw.jobs.dws;

import static com.gmall.rtdw.jobs.dws.UnresolvedSkusTest.skuWindow;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.testing.Harnesses;
import com.gmall.rtdw.model.dws.TradeUserSpuOrderWindow;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SKU windows of one user and SPU merged into the SPU row; windows of [10 s, 20 s), lateness 120 s.
 */
class SpuRowsTest {
    private static final long LATENESS = 120_000;
    private KeyedOneInputStreamOperatorTestHarness<String, SkuWindowOrders, TradeUserSpuOrderWindow>
            harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new SpuRows(LATENESS), SkuWindowOrders::spuRowKey, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private List<String> rows() {
        return harness.extractOutputValues().stream()
                .map(
                        r ->
                                "spu "
                                        + r.spuId
                                        + " orders "
                                        + r.orderCount
                                        + " amount "
                                        + r.orderAmount
                                        + " v"
                                        + r.ts)
                .toList();
    }

    @Test
    void theSkusOfOneSpuMakeOneRowAndAnOrderWithTwoOfThemCountsOnce() throws Exception {
        harness.processElement(skuWindow("11", "3", 1, 2), 19_999);
        harness.processElement(skuWindow("12", "3", 2), 19_999); // order 2 has both SKUs
        harness.processElement(skuWindow("21", "4", 5), 19_999);

        assertThat(rows())
                .containsExactly(
                        "spu 3 orders 2 amount 20.00 v1",
                        "spu 3 orders 2 amount 30.00 v2",
                        "spu 4 orders 1 amount 10.00 v1");
    }

    @Test
    void aSkuWindowFiredAgainReplacesItsEarlierVersionInTheRow() throws Exception {
        harness.processElement(skuWindow("11", "3", 1), 19_999);
        harness.processElement(skuWindow("12", "3", 2), 19_999);
        SkuWindowOrders late =
                skuWindow("11", "3", 1, 7); // a late detail of order 7 fired the window again
        late.version = 50;
        harness.processElement(late, 19_999);

        assertThat(rows()).last().isEqualTo("spu 3 orders 3 amount 30.00 v50");
    }

    @Test
    void anEarlierFiringOvertakenByALaterOneInTheLookupChangesNothing() throws Exception {
        SkuWindowOrders first = skuWindow("11", "3", 1);
        first.version = 40;
        SkuWindowOrders fired = skuWindow("11", "3", 1, 7);
        fired.version = 50;
        harness.processElement(fired, 19_999);
        harness.processElement(first, 19_999); // the lookup answered for the later firing first

        assertThat(rows()).containsExactly("spu 3 orders 2 amount 20.00 v50");
    }

    @Test
    void theRowIsForgottenOnceItsWindowCanFireNoMore() throws Exception {
        harness.processElement(skuWindow("11", "3", 1), 19_999);
        harness.processElement(skuWindow("12", "3", 2), 19_999);
        harness.processWatermark(20_000 - 1 + LATENESS - 1);
        assertThat(Harnesses.keyedStateEntries(harness))
                .as("still taking late firings")
                .isPositive();

        harness.processWatermark(20_000 - 1 + LATENESS);

        assertThat(Harnesses.keyedStateEntries(harness)).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
