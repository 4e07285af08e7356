package com.gmall.rtdw.jobs.runtime;

/**
 * A batching sink that writes what it holds when event time moves ({@link WatermarkFlushingSink}).
 */
public interface FlushOnWatermark {
    /**
     * Event time has moved: write the pending rows now. A window operator sends its fired rows
     * first and the watermark that fired them right after, so this writes a window's rows as soon
     * as the window has given all of them, instead of a batch interval later.
     */
    void watermarkPassed() throws Exception;
}
