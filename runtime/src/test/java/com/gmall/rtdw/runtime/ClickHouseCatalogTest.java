package com.gmall.rtdw.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClickHouseCatalogTest {
    @Test
    void columnsKeepTheirOrderAndTypesLoseTheTabSeparatedEscapes() {
        ClickHouseCatalog catalog =
                ClickHouseCatalog.parse(
                        "t\tstt\tDateTime(\\'Asia/Shanghai\\')\nt\tk\tString\nu\tts\tUInt64\n");

        assertThat(catalog.exists("t")).isTrue();
        assertThat(catalog.exists("v")).isFalse();
        assertThat(catalog.columns("t"))
                .containsExactly(
                        Map.entry("stt", "DateTime('Asia/Shanghai')"), Map.entry("k", "String"));
        assertThat(catalog.columns("v")).isEmpty();
    }

    @Test
    void anEmptyDatabaseHasNoTables() {
        assertThat(ClickHouseCatalog.parse("").exists("t")).isFalse();
    }

    @Test
    void anUnexpectedLineIsAnError() {
        assertThatThrownBy(() -> ClickHouseCatalog.parse("t\tstt\n"))
                .hasMessageContaining("unexpected system.columns line `t\tstt`");
    }
}
