package com.gmall.rtdw.sim;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What {@code bin/gmall gen} was asked for.
 *
 * @param seed the random seed: the same seed on the same database state writes the same rows and
 *     lines
 * @param users how many users the shop grows to
 * @param rate events per second, real time (also the simulated clock's step)
 * @param events how many events to write
 * @param start the simulated clock's start
 * @param badLines share of log lines written malformed on purpose (0 to 1)
 * @param logDir where the app log files go
 * @param paced whether to keep to {@code rate} in real time (a scenario runs as fast as it can)
 * @param disorder which events are written late, and how late
 */
record SimOptions(
        long seed,
        int users,
        double rate,
        long events,
        Instant start,
        double badLines,
        Path logDir,
        boolean paced,
        Disorder.Settings disorder) {}
