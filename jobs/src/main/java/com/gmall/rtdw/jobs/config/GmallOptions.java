package com.gmall.rtdw.jobs.config;

import java.util.List;

/** Every setting the jobs read. A key that is not listed here is rejected at startup. */
public final class GmallOptions {
    public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS = ConfigOption.string(
            "kafka.bootstrap.servers", "Kafka brokers, host:port[,host:port...]");

    public static final ConfigOption<String> CLICKHOUSE_URL = ConfigOption.string(
            "clickhouse.url", "ClickHouse HTTP interface, e.g. http://127.0.0.1:18123");

    public static final ConfigOption<String> CLICKHOUSE_DATABASE = ConfigOption.string(
            "clickhouse.database", "database holding the DWS tables").withDefault("gmall_rtdw");

    public static final ConfigOption<String> CLICKHOUSE_USER = ConfigOption.string(
            "clickhouse.user", "ClickHouse user").withDefault("default");

    public static final ConfigOption<String> CLICKHOUSE_PASSWORD = ConfigOption.string(
            "clickhouse.password", "ClickHouse password; prefer the GMALL_CLICKHOUSE_PASSWORD environment variable")
            .withDefault("").secret();

    public static final ConfigOption<String> TIME_ZONE = ConfigOption.string(
            "warehouse.time-zone", "the one zone in which the shop's local date-times are read and days and window "
                    + "labels are formatted (defect G5), an IANA zone id").withDefault("Asia/Shanghai");

    private static final List<ConfigOption<?>> ALL = List.of(KAFKA_BOOTSTRAP_SERVERS, CLICKHOUSE_URL,
            CLICKHOUSE_DATABASE, CLICKHOUSE_USER, CLICKHOUSE_PASSWORD, TIME_ZONE);

    private GmallOptions() {}

    /** Every option, in documentation order. */
    public static List<ConfigOption<?>> all() {
        return ALL;
    }
}
