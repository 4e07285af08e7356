package com.gmall.rtdw.jobs.dws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.DwsFreshness;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The freshness reader on the test stack's ClickHouse, over a table shaped like the DWS tables
 * (window bounds, version) that no job writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DwsFreshnessITCase {
    private static final String TABLE = "dws_freshness_probe";
    private static final String EMPTY = "dws_freshness_empty";
    private static final String SPAN = "dws_freshness_span";

    private GmallConfig config;
    private ClickHouseHttp http;

    @BeforeAll
    void tables() throws Exception {
        config = TestStack.get().settings().config();
        http = new ClickHouseHttp(config.clickHouse());
        for (String table : List.of(TABLE, EMPTY, SPAN)) {
            http.execute("DROP TABLE IF EXISTS " + table);
            http.execute(
                    "CREATE TABLE "
                            + table
                            + " (stt DateTime, edt DateTime, n UInt64, ts UInt64) "
                            + "ENGINE = ReplacingMergeTree(ts) PARTITION BY toYYYYMMDD(stt) ORDER BY (stt, edt)");
        }
    }

    @Test
    void theNewestWindowsFirstRowCountsNotItsLaterVersionsNorOlderWindows() throws Exception {
        long end = 1_900_000_010L; // epoch seconds
        insert(TABLE, end - 10, end - 20, 1, (end - 10) * 1000 + 2_000); // an older window
        insert(
                TABLE,
                end,
                end - 10,
                5,
                end * 1000 + 3_250); // the newest, first written 3.25 s after
        insert(TABLE, end, end - 10, 6, end * 1000 + 40_000); // ... and again for a late record
        assertThat(new DwsFreshness(config.clickHouse(), List.of(TABLE, EMPTY)).read())
                .as("the empty table has no newest window")
                .containsExactly(new DwsFreshness.Table(TABLE, end, 3.25));
    }

    @Test
    void everyWindowEndedWithinASpanOldestFirst() throws Exception {
        long end = 1_900_001_010L;
        insert(SPAN, end - 10, end - 20, 1, (end - 10) * 1000 + 2_000);
        insert(SPAN, end, end - 10, 5, end * 1000 + 3_250);
        insert(SPAN, end, end - 10, 6, end * 1000 + 40_000);
        insert(SPAN, end + 10, end, 2, (end + 10) * 1000 + 1_000); // ends at the span's end
        assertThat(
                        new DwsFreshness(config.clickHouse(), List.of(SPAN))
                                .windows(SPAN, end - 10, end + 10))
                .containsExactly(
                        new DwsFreshness.Table(SPAN, end - 10, 2.0),
                        new DwsFreshness.Table(SPAN, end, 3.25));
    }

    @Test
    void aTableNameThatIsNoIdentifierIsRefusedBeforeAnyQuery() {
        assertThatThrownBy(() -> new DwsFreshness(config.clickHouse(), List.of("t; DROP TABLE x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void insert(String table, long edt, long stt, long n, long ts) throws Exception {
        http.execute(
                String.format(
                        "INSERT INTO %s VALUES (toDateTime(%d), toDateTime(%d), %d, %d)",
                        table, stt, edt, n, ts));
    }
}
