package com.gmall.rtdw.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * App log files as the app's log agent writes them: one JSON object per line, a new file per (simulated) hour,
 * {@code app.<yyyyMMddHH>.log}, appended to so that several runs add up. Flume tails this folder.
 */
final class LogFileSink implements AutoCloseable {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

    private final Path dir;
    private final ZoneId zone;
    private String currentHour;
    private BufferedWriter writer;

    LogFileSink(Path dir, ZoneId zone) throws IOException {
        this.dir = dir;
        this.zone = zone;
        Files.createDirectories(dir);
    }

    void write(String line, long millis) throws IOException {
        String hour = HOUR.format(Instant.ofEpochMilli(millis).atZone(zone));
        if (!hour.equals(currentHour)) {
            close();
            writer = Files.newBufferedWriter(dir.resolve("app." + hour + ".log"), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            currentHour = hour;
        }
        writer.write(line);
        writer.write('\n');
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
