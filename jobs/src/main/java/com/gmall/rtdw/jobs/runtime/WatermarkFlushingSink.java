package com.gmall.rtdw.jobs.runtime;

import org.apache.flink.streaming.api.functions.sink.SinkFunction;
import org.apache.flink.streaming.api.operators.StreamSink;
import org.apache.flink.streaming.api.watermark.Watermark;

/**
 * A sink operator that tells its function when the watermark moves ({@link FlushOnWatermark}).
 * Flink 1.13's sink functions see records only, so a batching sink could write a fired window's
 * rows only at its next record, interval or checkpoint; the watermark that follows the window's
 * rows is the moment they are complete. A function that is not a {@link FlushOnWatermark} runs as
 * under {@code addSink}.
 *
 * @param <T> the record type
 */
public final class WatermarkFlushingSink<T> extends StreamSink<T> {
    private static final long serialVersionUID = 1L;

    public WatermarkFlushingSink(SinkFunction<T> function) {
        super(function);
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        super.processWatermark(mark);
        if (userFunction instanceof FlushOnWatermark flushing) {
            flushing.watermarkPassed();
        }
    }
}
