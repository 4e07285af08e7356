package com.gmall.rtdw.jobs.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the collecting sinks of pipeline runs received, by run and by sink (a topic or table name).
 * The sinks run in the test's JVM (a MiniCluster), so a static registry is where they and the test
 * meet.
 */
final class Collected {
    private static final Map<String, Map<String, List<Object>>> RUNS = new ConcurrentHashMap<>();

    private Collected() {}

    static void add(String run, String sink, Object value) {
        RUNS.computeIfAbsent(run, r -> new ConcurrentHashMap<>())
                .computeIfAbsent(sink, s -> Collections.synchronizedList(new ArrayList<>()))
                .add(value);
    }

    /**
     * Everything {@code run} wrote into {@code sink}, and forgets the run's other sinks only when
     * it ends.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> of(String run, String sink) {
        List<Object> values = RUNS.getOrDefault(run, Map.of()).getOrDefault(sink, List.of());
        synchronized (values) {
            return (List<T>) List.copyOf(values);
        }
    }

    static void forget(String run) {
        RUNS.remove(run);
    }
}
