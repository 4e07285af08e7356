package com.gmall.rtdw.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chart's axis steps: 1, 2 or 5 times a power of ten, at or above what is asked. */
class PipelineChartTest {
    @Test
    void anAxisStepIsTheNextRoundNumber() {
        assertThat(PipelineChart.niceStep(0.275)).isEqualTo(0.5);
        assertThat(PipelineChart.niceStep(1)).isEqualTo(1);
        assertThat(PipelineChart.niceStep(2.5)).isEqualTo(5);
        assertThat(PipelineChart.niceStep(7.6)).isEqualTo(10);
        assertThat(PipelineChart.niceStep(11)).isEqualTo(20);
    }
}
