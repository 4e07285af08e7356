package com.gmall.rtdw.jobs.dim.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.Test;

/**
 * Where a record whose lookup timed out goes, by policy (defect L4: the reference had no answer at
 * all).
 */
class RouteTimedOutTest {
    private static final OutputTag<String> TIMED_OUT =
            new OutputTag<>("dim-timed-out-test", Types.STRING);

    @Test
    void emitPolicyPassesTimedOutRecordsOnInTheMainOutput() throws Exception {
        try (OneInputStreamOperatorTestHarness<Tuple2<String, Boolean>, String> h =
                harness(TimeoutPolicy.EMIT)) {
            h.processElement(Tuple2.of("enriched", false), 1);
            h.processElement(Tuple2.of("timed out", true), 2);

            assertThat(h.extractOutputValues()).containsExactly("enriched", "timed out");
            assertThat(h.getSideOutput(TIMED_OUT)).isNullOrEmpty();
        }
    }

    @Test
    void sideOutputPolicySendsOnlyTimedOutRecordsAside() throws Exception {
        try (OneInputStreamOperatorTestHarness<Tuple2<String, Boolean>, String> h =
                harness(TimeoutPolicy.SIDE_OUTPUT)) {
            h.processElement(Tuple2.of("enriched", false), 1);
            h.processElement(Tuple2.of("timed out", true), 2);

            assertThat(h.extractOutputValues()).containsExactly("enriched");
            assertThat(h.getSideOutput(TIMED_OUT))
                    .extracting(StreamRecord::getValue)
                    .containsExactly("timed out");
        }
    }

    private static OneInputStreamOperatorTestHarness<Tuple2<String, Boolean>, String> harness(
            TimeoutPolicy policy) throws Exception {
        return ProcessFunctionTestHarnesses.forProcessFunction(
                new DimLookups.RouteTimedOut<>(policy, TIMED_OUT));
    }
}
