package com.gmall.rtdw.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRowsTest {
    @Test
    void fieldsLoseTabSeparatedEscapesAndNullIsNull() {
        List<String[]> rows = ReportRows.parse("a\\tb\t\\N\tc\\\\d\nx\ty\tz\n", 3);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("a\tb", null, "c\\d");
        assertThat(rows.get(1)).containsExactly("x", "y", "z");
    }

    @Test
    void aRowWithOtherFieldsIsAnError() {
        assertThatThrownBy(() -> ReportRows.parse("a\tb\n", 3))
                .hasMessageContaining("expected 3 fields from ClickHouse, got `a\tb`");
    }

    @Test
    void aShopDaySpansItsOwnMidnights() {
        ShopDay day = ShopDay.of(LocalDate.parse("2031-03-02"), ZoneId.of("Asia/Shanghai"));

        // 2031-03-01T16:00Z is midnight in Shanghai
        assertThat(day.startSecond()).isEqualTo(1_930_147_200L);
        assertThat(day.endSecond()).isEqualTo(1_930_147_200L + 86_400);
        assertThat(day.clock(1_930_150_800L)).isEqualTo("01:00:00");
    }
}
