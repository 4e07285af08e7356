package com.gmall.rtdw.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What {@code SELECT ... FINAL} shows of a DWS table: every table is a {@code
 * ReplacingMergeTree(ts)} ordered by window and dimensions (S4), so of the rows written for one
 * window and key only the highest version counts. A window fires once in most pipeline runs, but
 * may fire again when a periodic watermark passes it before the input ends, and the SPU job emits a
 * row each time a SKU window joins it; the tests compare what a report would read. Two rows of one
 * key with one version would leave the report to chance, so they fail the test.
 */
final class FinalRows {
    private FinalRows() {}

    static <T> List<T> of(List<T> rows, Function<T, List<?>> key, ToLongFunction<T> version) {
        Map<List<?>, T> latest = new LinkedHashMap<>();
        for (T row : rows) {
            latest.merge(
                    key.apply(row),
                    row,
                    (a, b) -> {
                        assertThat(version.applyAsLong(a))
                                .as("versions of %s", key.apply(row))
                                .isNotEqualTo(version.applyAsLong(b));
                        return version.applyAsLong(a) > version.applyAsLong(b) ? a : b;
                    });
        }
        return List.copyOf(latest.values());
    }
}
