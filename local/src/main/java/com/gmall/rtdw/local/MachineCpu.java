package com.gmall.rtdw.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds the whole machine has been busy (all cores, Linux {@code /proc/stat}). */
final class MachineCpu {
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux's usual builds). */
    private static final double TICKS_PER_SECOND = 100.0;

    private MachineCpu() {}

    /** Everything but idle and I/O wait, summed over all cores, since boot. */
    static double busySeconds() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(cpu[i]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }
}
