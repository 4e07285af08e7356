package com.gmall.rtdw.cluster.monitor;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The operator metrics the exporter reads from Flink, each with the Flink metric ids it is made of,
 * how it aggregates over subtasks and over those ids, and the series it becomes. A vertex (chained
 * operators) reports a metric once when any of its ids has a value; ids of chained operators are
 * prefixed with the operator's name.
 */
public enum OperatorMetric {
    /** Flink 1.13's own signal: the share of each second a subtask waited for output buffers. */
    BACKPRESSURE(
            "gmall_flink_operator_backpressure_ratio",
            "gauge",
            "highest share of a second any subtask of the operator was back-pressured (0..1)",
            exact("backPressuredTimeMsPerSecond"),
            Aggregation.MAX,
            0.001),
    BUSY(
            "gmall_flink_operator_busy_ratio",
            "gauge",
            "highest share of a second any subtask was busy (0..1)",
            exact("busyTimeMsPerSecond"),
            Aggregation.MAX,
            0.001),
    RECORDS_IN(
            "gmall_flink_operator_records_in_total",
            "counter",
            "records the operator's subtasks received",
            exact("numRecordsIn"),
            Aggregation.SUM,
            1),
    RECORDS_OUT(
            "gmall_flink_operator_records_out_total",
            "counter",
            "records the operator's subtasks emitted",
            exact("numRecordsOut"),
            Aggregation.SUM,
            1),
    /**
     * records-lag-max of each subtask's Kafka consumer: its partitions' largest lag, summed over
     * subtasks.
     */
    KAFKA_LAG(
            "gmall_flink_kafka_lag_records",
            "gauge",
            "records the Kafka source is behind the end of its topic",
            suffix(".KafkaSourceReader.KafkaConsumer.records-lag-max"),
            Aggregation.SUM,
            1),
    /**
     * Every job sends its dead letters to a sink named {@code kafka dlq_<job>}: what it received.
     */
    DEAD_LETTERS(
            "gmall_flink_dead_letters_total",
            "counter",
            "records sent to the job's dead-letter topic",
            Pattern.compile("Sink__kafka_dlq_[^.]*\\.numRecordsIn").asMatchPredicate(),
            Aggregation.SUM,
            1),
    LATE_RECORDS(
            "gmall_flink_late_records_total",
            "counter",
            "records too late for their window (also dead letters)",
            suffix(".lateRecords"),
            Aggregation.SUM,
            1),
    DIM_CACHE_HITS(
            "gmall_flink_dim_cache_hits_total",
            "counter",
            "dim lookups answered by the Redis cache",
            suffix(".dimLookupHits"),
            Aggregation.SUM,
            1),
    DIM_CACHE_MISSES(
            "gmall_flink_dim_cache_misses_total",
            "counter",
            "dim lookups that went to Phoenix",
            suffix(".dimLookupMisses"),
            Aggregation.SUM,
            1);

    enum Aggregation {
        SUM("sum"),
        MAX("max");

        final String rest;

        Aggregation(String rest) {
            this.rest = rest;
        }

        double combine(double a, double b) {
            return this == SUM ? a + b : Math.max(a, b);
        }
    }

    private final String series;
    private final String type;
    private final String help;
    private final Predicate<String> ids;
    private final Aggregation aggregation;
    private final double scale;

    OperatorMetric(
            String series,
            String type,
            String help,
            Predicate<String> ids,
            Aggregation aggregation,
            double scale) {
        this.series = series;
        this.type = type;
        this.help = help;
        this.ids = ids;
        this.aggregation = aggregation;
        this.scale = scale;
    }

    public String series() {
        return series;
    }

    String type() {
        return type;
    }

    String help() {
        return help;
    }

    boolean reads(String metricId) {
        return ids.test(metricId);
    }

    Aggregation aggregation() {
        return aggregation;
    }

    double scale() {
        return scale;
    }

    private static Predicate<String> exact(String id) {
        return id::equals;
    }

    private static Predicate<String> suffix(String end) {
        return id -> id.endsWith(end);
    }
}
