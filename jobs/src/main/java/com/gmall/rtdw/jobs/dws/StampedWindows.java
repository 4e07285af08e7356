package com.gmall.rtdw.jobs.dws;

import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.windowing.ProcessAllWindowFunction;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * The window functions after a reduce or aggregate: each labels the single result with its window
 * and a version. The version is the emission time, and strictly above the window's previous
 * emission (kept in per-window state, removed with the window): a window fired again within the
 * same millisecond (a late record right behind the watermark) must still replace its first row in
 * ClickHouse, whatever order the rows reach it in.
 */
final class StampedWindows {
    private static final ValueStateDescriptor<Long> LAST_VERSION =
            new ValueStateDescriptor<>("last-version", Types.LONG);

    private StampedWindows() {}

    /** The next version of a window's row. */
    private static long nextVersion(ValueState<Long> last) throws java.io.IOException {
        Long previous = last.value();
        long version =
                previous == null
                        ? System.currentTimeMillis()
                        : Math.max(System.currentTimeMillis(), previous + 1);
        last.update(version);
        return version;
    }

    /** Stamps a window's rows with its bounds and its next version, and emits them. */
    private static <T> void emit(
            WindowStamp<T> stamp,
            TimeWindow window,
            ValueState<Long> last,
            Iterable<T> rows,
            Collector<T> out)
            throws java.io.IOException {
        long version = nextVersion(last);
        for (T row : rows) {
            stamp.stamp(row, window.getStart(), window.getEnd(), version);
            out.collect(row);
        }
    }

    static final class All<T> extends ProcessAllWindowFunction<T, T, TimeWindow> {
        private static final long serialVersionUID = 1L;
        private final WindowStamp<T> stamp;

        All(WindowStamp<T> stamp) {
            this.stamp = stamp;
        }

        @Override
        public void process(Context ctx, Iterable<T> results, Collector<T> out) throws Exception {
            emit(stamp, ctx.window(), ctx.windowState().getState(LAST_VERSION), results, out);
        }

        @Override
        public void clear(Context ctx) {
            ctx.windowState().getState(LAST_VERSION).clear();
        }
    }

    static final class Keyed<T, K> extends ProcessWindowFunction<T, T, K, TimeWindow> {
        private static final long serialVersionUID = 1L;
        private final WindowStamp<T> stamp;

        Keyed(WindowStamp<T> stamp) {
            this.stamp = stamp;
        }

        @Override
        public void process(K key, Context ctx, Iterable<T> results, Collector<T> out)
                throws Exception {
            emit(stamp, ctx.window(), ctx.windowState().getState(LAST_VERSION), results, out);
        }

        @Override
        public void clear(Context ctx) {
            ctx.windowState().getState(LAST_VERSION).clear();
        }
    }
}
