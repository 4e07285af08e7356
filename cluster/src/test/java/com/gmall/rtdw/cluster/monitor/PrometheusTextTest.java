package com.gmall.rtdw.cluster.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    @Test
    void familiesAreDeclaredOnceAndLabelValuesEscaped() {
        PrometheusText text = new PrometheusText();
        Map<String, String> a = new LinkedHashMap<>();
        a.put("flink_job", "A");
        a.put("operator", "Source: \"odd\" \\ name\nnext");
        text.add("gmall_x_total", "counter", "things", a, 3);
        text.add("gmall_x_total", "counter", "things", Map.of("flink_job", "B"), 0.25);
        text.add("gmall_y", "gauge", "nothing measured yet", Map.of("flink_job", "A"), Double.NaN);

        assertThat(text.render())
                .isEqualTo(
                        """
                # HELP gmall_x_total things
                # TYPE gmall_x_total counter
                gmall_x_total{flink_job="A",operator="Source: \\"odd\\" \\\\ name\\nnext"} 3
                gmall_x_total{flink_job="B"} 0.25
                # HELP gmall_y nothing measured yet
                # TYPE gmall_y gauge
                """);
    }

    @Test
    void largeAndFractionalValuesKeepTheirPrecision() {
        assertThat(PrometheusText.format(1.5e15)).isEqualTo("1.5E15");
        assertThat(PrometheusText.format(123456789012L)).isEqualTo("123456789012");
        assertThat(PrometheusText.format(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    }
}
