package com.gmall.rtdw.jobs.testing;

import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;

/** What operator harnesses do not tell by themselves. */
public final class Harnesses {
    private Harnesses() {}

    /**
     * Keyed state entries left in a harness's (heap) backend; the keyed broadcast harness has no
     * such count.
     */
    public static int keyedStateEntries(AbstractStreamOperatorTestHarness<?> harness) {
        return ((HeapKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
                .numKeyValueStateEntries();
    }
}
