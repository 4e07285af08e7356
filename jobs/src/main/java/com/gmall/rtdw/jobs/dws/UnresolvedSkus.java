package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.jobs.runtime.DeadLetters;
import com.gmall.rtdw.jobs.runtime.KafkaRecord;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keeps a user's SKU window out of the SPU rows when the SKU lookup did not find its SPU, trademark
 * and leaf category (the SKU is not in {@code DIM_SKU_INFO}, or the lookup timed out): it becomes a
 * dead letter with the reason, counted in {@code unresolvedSkuWindows}. Under empty keys it would
 * make a row of its own. The window's next firing, if any, is looked up again whole.
 */
final class UnresolvedSkus extends ProcessFunction<SkuWindowOrders, SkuWindowOrders> {
    private static final long serialVersionUID = 1L;
    static final OutputTag<KafkaRecord> UNRESOLVED =
            new OutputTag<>("unresolved-skus", TypeInformation.of(KafkaRecord.class));

    private final String job;
    private transient Counter unresolved;

    UnresolvedSkus(String job) {
        this.job = job;
    }

    @Override
    public void open(Configuration parameters) {
        unresolved = getRuntimeContext().getMetricGroup().counter("unresolvedSkuWindows");
    }

    @Override
    public void processElement(
            SkuWindowOrders window, Context ctx, Collector<SkuWindowOrders> out) {
        if (isBlank(window.spuId) || isBlank(window.trademarkId) || isBlank(window.category3Id)) {
            unresolved.inc();
            ctx.output(
                    UNRESOLVED,
                    DeadLetters.of(
                            job,
                            "SKU "
                                    + window.skuId
                                    + " not resolved to its SPU, trademark"
                                    + " and category (not in DIM_SKU_INFO, or the lookup timed out): the user's orders of it in"
                                    + " this window are left out of the SPU row",
                            "window",
                            -1,
                            -1,
                            window.toString().getBytes(StandardCharsets.UTF_8)));
            return;
        }
        out.collect(window);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }
}
