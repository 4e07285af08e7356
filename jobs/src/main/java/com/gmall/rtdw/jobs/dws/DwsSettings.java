package com.gmall.rtdw.jobs.dws;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.io.Serializable;

/**
 * How the DWS jobs window and write: window length, allowed lateness, the quiet-input flush and the
 * ClickHouse batches, from configuration ({@code dws.*}).
 *
 * @param windowMs tumbling window length
 * @param allowedLatenessMs a fired window takes records this late and fires again
 * @param quietFlushMs an input quiet this long moves its watermark past the newest record's window
 * @param batchSize ClickHouse rows per insert
 * @param batchIntervalMs pending rows are written at least this often
 */
public record DwsSettings(
        long windowMs,
        long allowedLatenessMs,
        long quietFlushMs,
        int batchSize,
        long batchIntervalMs)
        implements Serializable {

    public DwsSettings {
        if (windowMs < 1
                || allowedLatenessMs < 0
                || quietFlushMs < 1
                || batchSize < 1
                || batchIntervalMs < 1) {
            throw new IllegalArgumentException(
                    "dws.* settings must be positive (allowed lateness may be 0)");
        }
    }

    public static DwsSettings from(GmallConfig config) {
        return new DwsSettings(
                config.get(GmallOptions.DWS_WINDOW_SECONDS) * 1000L,
                config.get(GmallOptions.DWS_ALLOWED_LATENESS_SECONDS) * 1000L,
                config.get(GmallOptions.DWS_QUIET_FLUSH_MS),
                config.get(GmallOptions.DWS_SINK_BATCH_SIZE),
                config.get(GmallOptions.DWS_SINK_BATCH_INTERVAL_MS));
    }
}
