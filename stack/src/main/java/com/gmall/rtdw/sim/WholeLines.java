package com.gmall.rtdw.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A text file appended to in whole lines only: lines are gathered in memory and handed to the file
 * in one write call, so a process killed at any moment ({@code kill -9}) leaves the file ending
 * with a complete line. A {@link java.io.BufferedWriter} writes out whenever its buffer is full,
 * mid-line: the half line left by a killed simulator would be glued to the next run's first line,
 * and the shop journal would miss transactions the database has.
 */
final class WholeLines implements AutoCloseable {
    /** Gathered lines are written out at this size even without a {@link #flush()}. */
    private static final int MAX_GATHERED = 64 * 1024;

    private final OutputStream file;
    private final ByteArrayOutputStream gathered = new ByteArrayOutputStream();

    WholeLines(Path path) throws IOException {
        this.file =
                Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Adds {@code line} (without its line end); it reaches the file at the next {@link #flush()} or
     * sooner.
     */
    void append(String line) throws IOException {
        gathered.write(line.getBytes(StandardCharsets.UTF_8));
        gathered.write('\n');
        if (gathered.size() >= MAX_GATHERED) {
            flush();
        }
    }

    /** Every line appended so far into the file, in one write. */
    void flush() throws IOException {
        if (gathered.size() > 0) {
            file.write(gathered.toByteArray());
            gathered.reset();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            file.close();
        }
    }
}
