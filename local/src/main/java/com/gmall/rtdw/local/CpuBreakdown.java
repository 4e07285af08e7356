package com.gmall.rtdw.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the machine's CPU went between two moments, for the pipeline benchmark that runs every job
 * in this JVM: each job's share is the CPU of the threads of its tasks (a Flink task's threads are
 * named after its operator chain: the task itself, a legacy source's thread, a Kafka source's
 * fetcher, its output flusher and time trigger). The rest is put in four parts: the simulator, the
 * cluster's threads outside any task (checkpoints' asynchronous part, RPC, dimension clients, Kafka
 * producers' network threads), the JVM's own (JIT compilers, GC, threads that ended), and the rest
 * of the machine (the stack's servers).
 */
final class CpuBreakdown {
    static final String SIMULATOR_THREAD = "simulator";
    static final String SIMULATOR = "(the simulator)";
    static final String CLUSTER = "(cluster) ";
    static final String JVM = "(JVM: JIT compilers, GC)";
    static final String MACHINE = "(the stack's servers, the rest of the machine)";

    private static final Pattern THREAD_PREFIX =
            Pattern.compile(
                    "^(Legacy Source Thread - |Source Data Fetcher for |OutputFlusher for |Time Trigger"
                            + " for )");

    /** A trailing number, address or port, with the separator before it. */
    private static final Pattern NUMBERED_END = Pattern.compile("(?:[-#:. ]?[0-9][0-9.:]*)+$");

    private static final Pattern SUBTASK_SUFFIX = Pattern.compile(" \\(\\d+/\\d+\\)(#\\d+)?$");

    /** One moment's counters: CPU nanoseconds per live thread, the process's and the machine's. */
    record Sample(
            Map<Long, String> names,
            Map<Long, Long> threadNanos,
            long processNanos,
            double machineSeconds) {}

    private CpuBreakdown() {}

    static Sample sample() throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> nanos = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    names.put(info.getThreadId(), info.getThreadName());
                    nanos.put(info.getThreadId(), cpu);
                }
            }
        }
        long process =
                ((com.sun.management.OperatingSystemMXBean)
                                ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime();
        return new Sample(names, nanos, process, MachineCpu.busySeconds());
    }

    /**
     * CPU seconds from {@code before} to {@code after}: per job (by {@code taskOwners}, the job of
     * each task name) and the four other parts, largest first.
     */
    static Map<String, Double> between(
            Sample before, Sample after, Map<String, String> taskOwners) {
        Map<String, Double> parts = new HashMap<>();
        double threadsTotal = 0;
        for (Map.Entry<Long, Long> thread : after.threadNanos().entrySet()) {
            long used = thread.getValue() - before.threadNanos().getOrDefault(thread.getKey(), 0L);
            double seconds = used / 1e9;
            threadsTotal += seconds;
            parts.merge(
                    owner(after.names().get(thread.getKey()), taskOwners), seconds, Double::sum);
        }
        double process = (after.processNanos() - before.processNanos()) / 1e9;
        parts.put(JVM, Math.max(0, process - threadsTotal));
        parts.put(MACHINE, Math.max(0, after.machineSeconds() - before.machineSeconds() - process));
        Map<String, Double> sorted = new LinkedHashMap<>();
        parts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The job whose task a thread runs, or the part it belongs to. */
    static String owner(String threadName, Map<String, String> taskOwners) {
        if (threadName.equals(SIMULATOR_THREAD)) {
            return SIMULATOR;
        }
        String task =
                SUBTASK_SUFFIX
                        .matcher(THREAD_PREFIX.matcher(threadName).replaceFirst(""))
                        .replaceFirst("");
        String job = taskOwners.get(task);
        if (job != null) {
            return job;
        }
        // a thread name may be cut short; the longest task name it starts is its task
        String best = null;
        for (String name : taskOwners.keySet()) {
            if (task.length() >= 20
                    && name.startsWith(task)
                    && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? CLUSTER + threadKind(threadName) : taskOwners.get(best);
    }

    /**
     * A thread's name without what tells it from its siblings (numbers, a producer's id after " |
     * "), so that a pool's threads add up: {@code AsyncOperations-thread-3} is {@code
     * AsyncOperations-thread}.
     */
    static String threadKind(String threadName) {
        String kind = threadName.split(" \\| ", 2)[0];
        kind = NUMBERED_END.matcher(kind).replaceFirst("");
        return kind.length() > 60 ? kind.substring(0, 60) : kind;
    }
}
