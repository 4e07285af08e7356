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
 * Keeps order lines whose SKU lookup found the SPU, trademark and leaf category out of the SPU windows when it did
 * not (the SKU is not in {@code DIM_SKU_INFO}, or the lookup timed out): they become dead letters with the reason,
 * counted in {@code unresolvedSkuLines}. Under empty keys they would make a row of their own, and a replay that
 * finds the SKU would write the right row beside it, both kept by {@code FINAL}.
 */
final class UnresolvedSkus extends ProcessFunction<SpuOrderLine, SpuOrderLine> {
    private static final long serialVersionUID = 1L;
    static final OutputTag<KafkaRecord> UNRESOLVED = new OutputTag<>("unresolved-skus",
            TypeInformation.of(KafkaRecord.class));

    private final String job;
    private transient Counter unresolved;

    UnresolvedSkus(String job) {
        this.job = job;
    }

    @Override
    public void open(Configuration parameters) {
        unresolved = getRuntimeContext().getMetricGroup().counter("unresolvedSkuLines");
    }

    @Override
    public void processElement(SpuOrderLine line, Context ctx, Collector<SpuOrderLine> out) {
        if (isBlank(line.spuId) || isBlank(line.trademarkId) || isBlank(line.category3Id)) {
            unresolved.inc();
            ctx.output(UNRESOLVED, DeadLetters.of(job, "SKU " + line.skuId + " not resolved to its SPU, trademark"
                    + " and category (not in DIM_SKU_INFO, or the lookup timed out): its order line is left out of"
                    + " the SPU windows", "window", -1, -1, line.toString().getBytes(StandardCharsets.UTF_8)));
            return;
        }
        out.collect(line);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }
}
