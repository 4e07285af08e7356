package com.gmall.rtdw.jobs.dws;

import org.apache.flink.streaming.api.functions.windowing.ProcessAllWindowFunction;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** The window functions after a reduce or aggregate: each labels the single result with its window and version. */
final class StampedWindows {
    private StampedWindows() {}

    static final class All<T> extends ProcessAllWindowFunction<T, T, TimeWindow> {
        private static final long serialVersionUID = 1L;
        private final WindowStamp<T> stamp;

        All(WindowStamp<T> stamp) {
            this.stamp = stamp;
        }

        @Override
        public void process(Context ctx, Iterable<T> results, Collector<T> out) {
            for (T row : results) {
                stamp.stamp(row, ctx.window().getStart(), ctx.window().getEnd(), System.currentTimeMillis());
                out.collect(row);
            }
        }
    }

    static final class Keyed<T, K> extends ProcessWindowFunction<T, T, K, TimeWindow> {
        private static final long serialVersionUID = 1L;
        private final WindowStamp<T> stamp;

        Keyed(WindowStamp<T> stamp) {
            this.stamp = stamp;
        }

        @Override
        public void process(K key, Context ctx, Iterable<T> results, Collector<T> out) {
            for (T row : results) {
                stamp.stamp(row, ctx.window().getStart(), ctx.window().getEnd(), System.currentTimeMillis());
                out.collect(row);
            }
        }
    }
}
