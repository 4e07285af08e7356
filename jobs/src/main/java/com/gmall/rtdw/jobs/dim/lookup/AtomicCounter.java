package com.gmall.rtdw.jobs.dim.lookup;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.metrics.Counter;

/**
 * A counter that lookup threads can update concurrently (Flink's SimpleCounter is not thread-safe).
 */
final class AtomicCounter implements Counter {
    private final AtomicLong count = new AtomicLong();

    @Override
    public void inc() {
        count.incrementAndGet();
    }

    @Override
    public void inc(long n) {
        count.addAndGet(n);
    }

    @Override
    public void dec() {
        count.decrementAndGet();
    }

    @Override
    public void dec(long n) {
        count.addAndGet(-n);
    }

    @Override
    public long getCount() {
        return count.get();
    }
}
