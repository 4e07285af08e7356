package com.gmall.rtdw.runtime.config;

import java.util.List;

/** Every setting the jobs read. A key that is not listed here is rejected at startup. */
public final class GmallOptions {
    public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS = ConfigOption.string(
            "kafka.bootstrap.servers", "Kafka brokers, host:port[,host:port...]");

    public static final ConfigOption<String> MYSQL_HOST = ConfigOption.string(
            "mysql.host", "host of the shop's MariaDB/MySQL server (business database gmall, config database gmall_config)");

    public static final ConfigOption<Integer> MYSQL_PORT = ConfigOption.integer(
            "mysql.port", "port of the shop's MariaDB/MySQL server");

    public static final ConfigOption<String> MYSQL_USER = ConfigOption.string(
            "mysql.user", "user with read access to gmall and gmall_config and the replication privileges CDC needs");

    public static final ConfigOption<String> MYSQL_PASSWORD = ConfigOption.string(
            "mysql.password", "password of mysql.user; prefer the GMALL_MYSQL_PASSWORD environment variable")
            .withDefault("").secret();

    public static final ConfigOption<String> REDIS_HOST = ConfigOption.string("redis.host", "Redis host (dim cache)");

    public static final ConfigOption<Integer> REDIS_PORT = ConfigOption.integer("redis.port", "Redis port");

    public static final ConfigOption<String> PHOENIX_ZK_QUORUM = ConfigOption.string(
            "phoenix.zk.quorum", "ZooKeeper quorum of HBase/Phoenix, host:port[,host:port...]");

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

    public static final ConfigOption<String> CDC_SERVER_ID = ConfigOption.string(
            "cdc.server-id", "MySQL server id (or range a-b, one per source subtask) the CDC source reads the binlog "
                    + "as; unique among the server's replicas").withDefault("5400-5403");

    public static final ConfigOption<Integer> FLINK_PARALLELISM = ConfigOption.integer(
            "flink.parallelism", "default parallelism of every job").withDefault("1");

    public static final ConfigOption<Integer> FLINK_CHECKPOINT_INTERVAL_MS = ConfigOption.integer(
            "flink.checkpoint.interval-ms", "milliseconds between checkpoints; exactly-once Kafka output becomes "
                    + "visible to read_committed consumers at each one").withDefault("10000");

    public static final ConfigOption<String> FLINK_CHECKPOINT_DIR = ConfigOption.string(
            "flink.checkpoint.dir", "URI of the checkpoint storage, e.g. hdfs:///gmall/checkpoints; empty: the "
                    + "local runner's folder under GMALL_HOME").withDefault("");

    public static final ConfigOption<Integer> KAFKA_TRANSACTION_TIMEOUT_MS = ConfigOption.integer(
            "kafka.transaction-timeout-ms", "transaction timeout of exactly-once producers, milliseconds; at most the "
                    + "broker's transaction.max.timeout.ms (platform.md)").withDefault("60000");

    public static final ConfigOption<Integer> STACK_KAFKA_CONTROLLER_PORT = ConfigOption.integer(
            "stack.kafka.controller-port", "local stack only: port of the KRaft controller listener").withDefault("19093");

    public static final ConfigOption<Integer> STACK_CLICKHOUSE_TCP_PORT = ConfigOption.integer(
            "stack.clickhouse.tcp-port", "local stack only: ClickHouse native protocol port").withDefault("19000");

    public static final ConfigOption<Integer> STACK_HBASE_MASTER_PORT = ConfigOption.integer(
            "stack.hbase.master-port", "local stack only: HBase master RPC port").withDefault("16100");

    public static final ConfigOption<Integer> STACK_HBASE_REGIONSERVER_PORT = ConfigOption.integer(
            "stack.hbase.regionserver-port", "local stack only: HBase region server RPC port").withDefault("16120");

    private static final List<ConfigOption<?>> ALL = List.of(KAFKA_BOOTSTRAP_SERVERS, MYSQL_HOST, MYSQL_PORT,
            MYSQL_USER, MYSQL_PASSWORD, REDIS_HOST, REDIS_PORT, PHOENIX_ZK_QUORUM, CLICKHOUSE_URL, CLICKHOUSE_DATABASE,
            CLICKHOUSE_USER, CLICKHOUSE_PASSWORD, TIME_ZONE, CDC_SERVER_ID, FLINK_PARALLELISM,
            FLINK_CHECKPOINT_INTERVAL_MS, FLINK_CHECKPOINT_DIR, KAFKA_TRANSACTION_TIMEOUT_MS, STACK_KAFKA_CONTROLLER_PORT, STACK_CLICKHOUSE_TCP_PORT,
            STACK_HBASE_MASTER_PORT, STACK_HBASE_REGIONSERVER_PORT);

    private GmallOptions() {}

    /** Every option, in documentation order. */
    public static List<ConfigOption<?>> all() {
        return ALL;
    }
}
