package com.gmall.rtdw.local.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time used so far: by this JVM, or by another process (Linux {@code /proc}). */
final class CpuSeconds {
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux's usual builds). */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuSeconds() {}

    static double ofThisJvm() {
        return ((com.sun.management.OperatingSystemMXBean)
                                ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    /** User and system time of process {@code pid} (fields 14 and 15 of /proc/PID/stat). */
    static double ofProcess(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // the command name (field 2) is in parentheses and may hold spaces: count from after it
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long user = Long.parseLong(fields[11]);
        long system = Long.parseLong(fields[12]);
        return (user + system) / TICKS_PER_SECOND;
    }
}
