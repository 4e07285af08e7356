package com.gmall.rtdw.jobs.runtime;

import java.io.Serializable;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * When a record can no longer change a tumbling event-time window (aligned to the epoch, as Flink's
 * are): once the window's end plus the allowed lateness is behind the watermark, the rule of
 * Flink's window operator. The operators that send contributions to such windows ({@link
 * FirstOfDay}, the traffic job's bounces) judge records by it, so they leave out exactly what the
 * windows would refuse.
 */
public final class WindowLateness implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long windowMs;
    private final long allowedLatenessMs;

    /**
     * @param windowMs the window size (1 when there is no window: then each record is its own)
     */
    public WindowLateness(long windowMs, long allowedLatenessMs) {
        this.windowMs = windowMs;
        this.allowedLatenessMs = allowedLatenessMs;
    }

    /** The end (exclusive) of the window holding {@code at}. */
    public long windowEnd(long at) {
        return TimeWindow.getWindowStartWithOffset(at, 0, windowMs) + windowMs;
    }

    /** The watermark at which the window holding {@code at} closes for good. */
    public long closesForGoodAt(long at) {
        return windowEnd(at) - 1 + allowedLatenessMs;
    }

    /** Whether the window holding {@code at} has closed for good at {@code watermark}. */
    public boolean closedForGood(long at, long watermark) {
        return closesForGoodAt(at) <= watermark;
    }
}
