package com.gmall.rtdw.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * App log files as the app's log agent writes them: one JSON object per line, a new file per
 * (simulated) hour, {@code app.<yyyyMMddHH>.log}, appended to so that several runs add up, in whole
 * lines (a killed simulator leaves no half line). Flume tails this folder.
 */
final class LogFileSink implements AutoCloseable {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

    private final Path dir;
    private final ZoneId zone;
    private String currentHour;
    private WholeLines writer;

    LogFileSink(Path dir, ZoneId zone) throws IOException {
        this.dir = dir;
        this.zone = zone;
        Files.createDirectories(dir);
    }

    void write(String line, long millis) throws IOException {
        String hour = HOUR.format(Instant.ofEpochMilli(millis).atZone(zone));
        if (!hour.equals(currentHour)) {
            close();
            writer = new WholeLines(dir.resolve("app." + hour + ".log"));
            currentHour = hour;
        }
        writer.append(line);
    }

    void flush() throws IOException {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
