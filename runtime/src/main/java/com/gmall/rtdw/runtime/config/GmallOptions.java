package com.gmall.rtdw.runtime.config;

import java.util.List;

/** Every setting the jobs read. A key that is not listed here is rejected at startup. */
public final class GmallOptions {
    public static final ConfigOption<String> KAFKA_BOOTSTRAP_SERVERS =
            ConfigOption.string(
                    "kafka.bootstrap.servers", "Kafka brokers, host:port[,host:port...]");

    public static final ConfigOption<String> KAFKA_SECURITY_PROTOCOL =
            ConfigOption.string(
                            "kafka.security.protocol",
                            "Kafka clients' security.protocol: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL; "
                                    + "applies to every source, sink and admin client (and the local stack's Flume agent)")
                    .withDefault("PLAINTEXT");

    public static final ConfigOption<String> KAFKA_SASL_MECHANISM =
            ConfigOption.string(
                            "kafka.sasl.mechanism",
                            "Kafka clients' sasl.mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512...), "
                                    + "required with a SASL protocol")
                    .withDefault("");

    public static final ConfigOption<String> KAFKA_SASL_JAAS_CONFIG =
            ConfigOption.string(
                            "kafka.sasl.jaas-config",
                            "Kafka clients' sasl.jaas.config, the login module with its credentials, "
                                    + "required with a SASL protocol; prefer the GMALL_KAFKA_SASL_JAAS_CONFIG environment variable")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<String> KAFKA_SSL_TRUSTSTORE_LOCATION =
            ConfigOption.string(
                            "kafka.ssl.truststore-location",
                            "Kafka clients' ssl.truststore.location; empty: the JVM's trusted "
                                    + "authorities")
                    .withDefault("");

    public static final ConfigOption<String> KAFKA_SSL_TRUSTSTORE_PASSWORD =
            ConfigOption.string(
                            "kafka.ssl.truststore-password",
                            "Kafka clients' ssl.truststore.password")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<String> KAFKA_SSL_KEYSTORE_LOCATION =
            ConfigOption.string(
                            "kafka.ssl.keystore-location",
                            "Kafka clients' ssl.keystore.location, for brokers that authenticate "
                                    + "clients by certificate")
                    .withDefault("");

    public static final ConfigOption<String> KAFKA_SSL_KEYSTORE_PASSWORD =
            ConfigOption.string(
                            "kafka.ssl.keystore-password", "Kafka clients' ssl.keystore.password")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<String> KAFKA_SSL_KEY_PASSWORD =
            ConfigOption.string("kafka.ssl.key-password", "Kafka clients' ssl.key.password")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<String> MYSQL_HOST =
            ConfigOption.string(
                    "mysql.host",
                    "host of the shop's MariaDB/MySQL server (business database gmall, config database gmall_config)");

    public static final ConfigOption<Integer> MYSQL_PORT =
            ConfigOption.integer("mysql.port", "port of the shop's MariaDB/MySQL server");

    public static final ConfigOption<String> MYSQL_CDC_USER =
            ConfigOption.string(
                    "mysql.cdc.user",
                    "user the CDC sources (OdsDbApp, DimApp's config stream) read the binlog as: "
                            + "REPLICATION SLAVE, REPLICATION CLIENT and SELECT on gmall and gmall_config, nothing more");

    public static final ConfigOption<String> MYSQL_CDC_PASSWORD =
            ConfigOption.string(
                            "mysql.cdc.password",
                            "password of mysql.cdc.user; prefer the GMALL_MYSQL_CDC_PASSWORD environment "
                                    + "variable")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<String> MYSQL_READER_USER =
            ConfigOption.string(
                    "mysql.reader.user",
                    "read-only user of DimApp's backfills, the dictionary and the DWS jobs' history "
                            + "queries: SELECT on gmall and gmall_config, nothing more");

    public static final ConfigOption<String> MYSQL_READER_PASSWORD =
            ConfigOption.string(
                            "mysql.reader.password",
                            "password of mysql.reader.user; prefer the GMALL_MYSQL_READER_PASSWORD "
                                    + "environment variable")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<String> REDIS_HOST =
            ConfigOption.string("redis.host", "Redis host (dim cache)");

    public static final ConfigOption<Integer> REDIS_PORT =
            ConfigOption.integer("redis.port", "Redis port");

    public static final ConfigOption<String> REDIS_USER =
            ConfigOption.string(
                            "redis.user",
                            "Redis ACL user (Redis 6 or later); empty: the default user, authenticated by "
                                    + "redis.password alone")
                    .withDefault("");

    public static final ConfigOption<String> REDIS_PASSWORD =
            ConfigOption.string(
                            "redis.password",
                            "Redis password (requirepass, or the ACL user's); empty: no AUTH; prefer the "
                                    + "GMALL_REDIS_PASSWORD environment variable")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<Boolean> REDIS_TLS =
            ConfigOption.bool(
                            "redis.tls",
                            "true: connect to Redis over TLS, checking that its certificate names redis.host")
                    .withDefault("false");

    public static final ConfigOption<String> REDIS_TLS_CA_FILE =
            ConfigOption.string(
                            "redis.tls.ca-file",
                            "PEM file of the certificate authority that signed the Redis server's certificate; "
                                    + "empty: the JVM's trusted authorities")
                    .withDefault("");

    public static final ConfigOption<String> PHOENIX_ZK_QUORUM =
            ConfigOption.string(
                    "phoenix.zk.quorum",
                    "ZooKeeper quorum of HBase/Phoenix, host:port[,host:port...]");

    public static final ConfigOption<String> CLICKHOUSE_URL =
            ConfigOption.string(
                    "clickhouse.url", "ClickHouse HTTP interface, e.g. http://127.0.0.1:18123");

    public static final ConfigOption<String> CLICKHOUSE_DATABASE =
            ConfigOption.string("clickhouse.database", "database holding the DWS tables")
                    .withDefault("gmall_rtdw");

    public static final ConfigOption<String> CLICKHOUSE_USER =
            ConfigOption.string("clickhouse.user", "ClickHouse user").withDefault("default");

    public static final ConfigOption<String> CLICKHOUSE_PASSWORD =
            ConfigOption.string(
                            "clickhouse.password",
                            "ClickHouse password; prefer the GMALL_CLICKHOUSE_PASSWORD environment variable")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<String> TIME_ZONE =
            ConfigOption.string(
                            "warehouse.time-zone",
                            "the one zone in which the shop's local date-times are read and days and window "
                                    + "labels are formatted (defect G5), an IANA zone id")
                    .withDefault("Asia/Shanghai");

    public static final ConfigOption<Integer> REPORT_PORT =
            ConfigOption.integer(
                            "report.port",
                            "loopback port of the report page and its JSON API (bin/gmall report)")
                    .withDefault("18090");

    public static final ConfigOption<String> CDC_SERVER_ID =
            ConfigOption.string(
                            "cdc.server-id",
                            "MySQL server id (or range a-b, one per source subtask) the CDC source reads the binlog "
                                    + "as; unique among the server's replicas")
                    .withDefault("5400-5403");

    public static final ConfigOption<Integer> FLINK_PARALLELISM =
            ConfigOption.integer("flink.parallelism", "default parallelism of every job")
                    .withDefault("1");

    public static final ConfigOption<Integer> FLINK_CHECKPOINT_INTERVAL_MS =
            ConfigOption.integer(
                            "flink.checkpoint.interval-ms",
                            "milliseconds between checkpoints; exactly-once Kafka output becomes "
                                    + "visible to read_committed consumers at each one, so every Kafka hop "
                                    + "waits for up to one interval (docs/benchmarks.md, checkpoint interval)")
                    .withDefault("2000");

    public static final ConfigOption<String> FLINK_CHECKPOINT_DIR =
            ConfigOption.string(
                            "flink.checkpoint.dir",
                            "URI of the checkpoint storage, e.g. hdfs:///gmall/checkpoints; empty: the "
                                    + "local runner's folder under GMALL_HOME")
                    .withDefault("");

    public static final ConfigOption<String> FLINK_SAVEPOINT_DIR =
            ConfigOption.string(
                            "flink.savepoint.dir",
                            "URI under which bin/gmall cancel puts a stopped job's savepoint, e.g. "
                                    + "hdfs:///gmall/savepoints; empty: cancel needs --savepoint DIR")
                    .withDefault("");

    public static final ConfigOption<Integer> FLINK_CHECKPOINT_TIMEOUT_MS =
            ConfigOption.integer(
                            "flink.checkpoint.timeout-ms",
                            "a checkpoint not complete within this many milliseconds fails (3 in a "
                                    + "row are tolerated); with the interval, at most a quarter of kafka.transaction-timeout-ms, so that "
                                    + "no transaction outlives its timeout while checkpoints fail (docs/operations.md)")
                    .withDefault("120000");

    public static final ConfigOption<Integer> RETRY_GIVE_UP_AFTER_MS =
            ConfigOption.integer(
                            "retry.give-up-after-ms",
                            "a sink or lookup asks a server that does not answer again (0.5 s, doubling to "
                                    + "10 s between attempts) for this many milliseconds before the job fails and restarts from its "
                                    + "checkpoint; within flink.checkpoint.timeout-ms")
                    .withDefault("90000");

    public static final ConfigOption<Integer> KAFKA_MAX_MESSAGE_BYTES =
            ConfigOption.integer(
                            "kafka.max-message-bytes",
                            "OdsDbApp makes a change event larger than this (key and value) a dead letter "
                                    + "instead of sending it: Kafka's producers refuse a message over max.request.size (1 MB), and "
                                    + "the job would fail and read the same change again, for good")
                    .withDefault("1000000");

    public static final ConfigOption<Integer> DEAD_LETTERS_MAX_ORIGINAL_BYTES =
            ConfigOption.integer(
                            "dead-letters.max-original-bytes",
                            "a dead letter keeps at most this many bytes of the original record "
                                    + "(with the whole one's length and SHA-256), so that it stays within Kafka's message size")
                    .withDefault("65536");

    public static final ConfigOption<String> FLINK_HA_ZOOKEEPER_QUORUM =
            ConfigOption.string(
                            "flink.ha.zookeeper.quorum",
                            "on YARN: ZooKeeper quorum of the JobManagers' high availability, host:port"
                                    + "[,host:port...]; a new JobManager then resumes the job from its latest checkpoint. Empty: one "
                                    + "application attempt, a dead JobManager fails the application")
                    .withDefault("");

    public static final ConfigOption<String> FLINK_HA_STORAGE_DIR =
            ConfigOption.string(
                            "flink.ha.storage-dir",
                            "with flink.ha.zookeeper.quorum: where JobManagers keep their metadata, e.g. "
                                    + "hdfs:///gmall/flink/ha")
                    .withDefault("");

    public static final ConfigOption<Integer> FLINK_RESTART_MAX_FAILURES =
            ConfigOption.integer(
                            "flink.restart.max-failures",
                            "a job fails for good after this many failures within "
                                    + "flink.restart.failure-interval-ms (each server outage the sinks' retries do not absorb costs "
                                    + "about one per flink.restart.delay-ms)")
                    .withDefault("30");

    public static final ConfigOption<Integer> FLINK_RESTART_FAILURE_INTERVAL_MS =
            ConfigOption.integer(
                            "flink.restart.failure-interval-ms",
                            "the interval, milliseconds, in which flink.restart.max-failures "
                                    + "are counted")
                    .withDefault("600000");

    public static final ConfigOption<Integer> FLINK_RESTART_DELAY_MS =
            ConfigOption.integer(
                            "flink.restart.delay-ms",
                            "milliseconds a failed job waits before it restarts from its latest checkpoint")
                    .withDefault("10000");

    public static final ConfigOption<Integer> KAFKA_TRANSACTION_TIMEOUT_MS =
            ConfigOption.integer(
                            "kafka.transaction-timeout-ms",
                            "transaction timeout of exactly-once producers, milliseconds; the "
                                    + "broker's transaction.max.timeout.ms, 15 min by default (docs/platform.md)")
                    .withDefault("900000");

    public static final ConfigOption<Integer> KAFKA_PRODUCER_LINGER_MS =
            ConfigOption.integer(
                            "kafka.producer.linger-ms",
                            "how long the jobs' producers wait to fill a batch, milliseconds (Kafka's "
                                    + "linger.ms): a few ms buy far fewer, larger requests (docs/benchmarks.md)")
                    .withDefault("5");

    public static final ConfigOption<Integer> KAFKA_PRODUCER_BATCH_BYTES =
            ConfigOption.integer(
                            "kafka.producer.batch-bytes",
                            "the jobs' producers' batch size per partition, bytes (Kafka's batch.size)")
                    .withDefault("262144");

    public static final ConfigOption<String> KAFKA_PRODUCER_COMPRESSION =
            ConfigOption.string(
                            "kafka.producer.compression",
                            "compression of the jobs' producer batches (Kafka's compression.type: none, "
                                    + "gzip, snappy, lz4, zstd)")
                    .withDefault("lz4");

    public static final ConfigOption<Integer> KAFKA_CONSUMER_FETCH_MAX_WAIT_MS =
            ConfigOption.integer(
                            "kafka.consumer.fetch-max-wait-ms",
                            "how long the broker holds a job's fetch for a partition without new "
                                    + "records (Kafka's fetch.max.wait.ms). The consumer has one fetch per broker in flight, so "
                                    + "while it waits, a partition with a backlog waits too: with Kafka's 500 ms a source caught "
                                    + "up on one partition read the other at 2 MB/s (docs/benchmarks.md)")
                    .withDefault("100");

    public static final ConfigOption<Integer> KAFKA_CONSUMER_PARTITION_FETCH_BYTES =
            ConfigOption.integer(
                            "kafka.consumer.partition-fetch-bytes",
                            "the most a job's fetch takes of one partition, bytes (Kafka's "
                                    + "max.partition.fetch.bytes). A job that reads several partitions without watermarks "
                                    + "passes them on interleaved one fetch at a time, so a larger fetch is more disorder "
                                    + "downstream: 4 MB put a burst's cart adds minutes out of order, past the allowed lateness")
                    .withDefault("1048576");

    public static final ConfigOption<Boolean> KAFKA_ACCEPT_ABORTED_TRANSACTIONS =
            ConfigOption.bool(
                            "kafka.accept-aborted-transactions",
                            "a restore that finds a transaction of its checkpoint aborted by the "
                                    + "broker fails unless this is true: those records are lost, and saying so is the user's choice "
                                    + "(docs/operations.md)")
                    .withDefault("false");

    public static final ConfigOption<String> DIM_CDC_SERVER_ID =
            ConfigOption.string(
                            "dim.cdc.server-id",
                            "MySQL server id DimApp reads gmall_config's binlog as; distinct from cdc.server-id")
                    .withDefault("5410");

    public static final ConfigOption<Integer> DIM_BATCH_SIZE =
            ConfigOption.integer(
                            "dim.batch.size",
                            "DimApp commits its Phoenix writes after this many rows (and at every interval and "
                                    + "checkpoint)")
                    .withDefault("1000");

    public static final ConfigOption<Integer> DIM_BATCH_INTERVAL_MS =
            ConfigOption.integer(
                            "dim.batch.interval-ms",
                            "DimApp commits pending Phoenix writes at least this often, milliseconds")
                    .withDefault("1000");

    public static final ConfigOption<Integer> DIM_CACHE_TTL_SECONDS =
            ConfigOption.integer(
                            "dim.cache.ttl-seconds",
                            "seconds a dim row stays in Redis after its last lookup (sliding, defect L1)")
                    .withDefault("86400");

    public static final ConfigOption<Integer> DIM_CACHE_MISSING_TTL_SECONDS =
            ConfigOption.integer(
                            "dim.cache.missing-ttl-seconds",
                            "seconds Redis remembers that a dim row does not exist (DimApp clears "
                                    + "it as soon as the row is written)")
                    .withDefault("300");

    public static final ConfigOption<Integer> DIM_LOOKUP_THREADS =
            ConfigOption.integer(
                            "dim.lookup.threads",
                            "threads (and Phoenix connections) per JVM for dim lookups, shared by every "
                                    + "lookup operator in it")
                    .withDefault("16");

    public static final ConfigOption<Integer> DIM_LOOKUP_TIMEOUT_MS =
            ConfigOption.integer(
                            "dim.lookup.timeout-ms",
                            "a dim lookup not answered within this many milliseconds is given up under "
                                    + "dim.lookup.timeout-policy; above retry.give-up-after-ms, so that a lookup waits out a Phoenix "
                                    + "outage instead of going on without its dim")
                    .withDefault("100000");

    public static final ConfigOption<String> DIM_LOOKUP_TIMEOUT_POLICY =
            ConfigOption.string(
                            "dim.lookup.timeout-policy",
                            "what a timed-out lookup does: emit (the record goes on without the dim "
                                    + "and is counted) or side-output (the record goes to the job's timed-out output)")
                    .withDefault("emit");

    public static final ConfigOption<Integer> DWS_WINDOW_SECONDS =
            ConfigOption.integer(
                            "dws.window-seconds",
                            "length of the DWS jobs' tumbling event-time windows, seconds")
                    .withDefault("10");

    public static final ConfigOption<String> DWD_SNAPSHOT_FACTS_FROM =
            ConfigOption.string(
                            "dwd.snapshot-facts-from",
                            "which rows of OdsDbApp's first snapshot (bootstrap-insert) the DWD fact jobs "
                                    + "count as facts: 'today' (those whose fact time is on or after the start of the day the row was "
                                    + "read, in warehouse.time-zone), 'none', or a local date or date-time in warehouse.time-zone "
                                    + "(yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss]) from which on they count")
                    .withDefault("today");

    public static final ConfigOption<Integer> DWS_ALLOWED_LATENESS_SECONDS =
            ConfigOption.integer(
                            "dws.allowed-lateness-seconds",
                            "a DWS window that has fired takes records this many seconds of event "
                                    + "time late and fires again (the newer row replaces the older in ClickHouse); later ones go to "
                                    + "the job's dead letters and its lateRecords counter")
                    .withDefault("120");

    public static final ConfigOption<Integer> DWS_QUIET_FLUSH_MS =
            ConfigOption.integer(
                            "dws.quiet-flush-ms",
                            "when a DWS job's input has been quiet this many milliseconds, its watermark "
                                    + "moves past the window of the newest record so that the window closes")
                    .withDefault("10000");

    public static final ConfigOption<Integer> DWS_SINK_BATCH_SIZE =
            ConfigOption.integer(
                            "dws.sink.batch-size",
                            "DWS rows per ClickHouse insert (also written at every interval and checkpoint)")
                    .withDefault("1000");

    public static final ConfigOption<Integer> DWS_SINK_BATCH_INTERVAL_MS =
            ConfigOption.integer(
                            "dws.sink.batch-interval-ms",
                            "pending DWS rows are written to ClickHouse at least this often, "
                                    + "milliseconds")
                    .withDefault("2000");

    public static final ConfigOption<Integer> STACK_KAFKA_CONTROLLER_PORT =
            ConfigOption.integer(
                            "stack.kafka.controller-port",
                            "local stack only: port of the KRaft controller listener")
                    .withDefault("19093");

    public static final ConfigOption<Integer> STACK_CLICKHOUSE_TCP_PORT =
            ConfigOption.integer(
                            "stack.clickhouse.tcp-port",
                            "local stack only: ClickHouse native protocol port")
                    .withDefault("19000");

    public static final ConfigOption<Integer> STACK_HBASE_MASTER_PORT =
            ConfigOption.integer(
                            "stack.hbase.master-port", "local stack only: HBase master RPC port")
                    .withDefault("16100");

    public static final ConfigOption<Integer> STACK_HBASE_REGIONSERVER_PORT =
            ConfigOption.integer(
                            "stack.hbase.regionserver-port",
                            "local stack only: HBase region server RPC port")
                    .withDefault("16120");

    public static final ConfigOption<String> STACK_MYSQL_ADMIN_USER =
            ConfigOption.string(
                            "stack.mysql.admin-user",
                            "local stack only: the user bin/gmall up creates with every privilege on gmall "
                                    + "and gmall_config, for bin/gmall sql and the tests' fixtures; no job uses it")
                    .withDefault("gmall_admin");

    public static final ConfigOption<String> STACK_MYSQL_ADMIN_PASSWORD =
            ConfigOption.string(
                            "stack.mysql.admin-password",
                            "local stack only: password of stack.mysql.admin-user")
                    .withDefault("")
                    .secret();

    public static final ConfigOption<String> STACK_MYSQL_WRITER_USER =
            ConfigOption.string(
                            "stack.mysql.writer-user",
                            "local stack only: the user the shop simulator (bin/gmall gen) writes gmall "
                                    + "as: SELECT, INSERT, UPDATE, DELETE on gmall")
                    .withDefault("gmall_shop");

    public static final ConfigOption<String> STACK_MYSQL_WRITER_PASSWORD =
            ConfigOption.string(
                            "stack.mysql.writer-password",
                            "local stack only: password of stack.mysql.writer-user")
                    .withDefault("")
                    .secret();

    private static final List<ConfigOption<?>> ALL =
            List.of(
                    KAFKA_BOOTSTRAP_SERVERS,
                    KAFKA_SECURITY_PROTOCOL,
                    KAFKA_SASL_MECHANISM,
                    KAFKA_SASL_JAAS_CONFIG,
                    KAFKA_SSL_TRUSTSTORE_LOCATION,
                    KAFKA_SSL_TRUSTSTORE_PASSWORD,
                    KAFKA_SSL_KEYSTORE_LOCATION,
                    KAFKA_SSL_KEYSTORE_PASSWORD,
                    KAFKA_SSL_KEY_PASSWORD,
                    MYSQL_HOST,
                    MYSQL_PORT,
                    MYSQL_CDC_USER,
                    MYSQL_CDC_PASSWORD,
                    MYSQL_READER_USER,
                    MYSQL_READER_PASSWORD,
                    REDIS_HOST,
                    REDIS_PORT,
                    REDIS_USER,
                    REDIS_PASSWORD,
                    REDIS_TLS,
                    REDIS_TLS_CA_FILE,
                    PHOENIX_ZK_QUORUM,
                    CLICKHOUSE_URL,
                    CLICKHOUSE_DATABASE,
                    CLICKHOUSE_USER,
                    CLICKHOUSE_PASSWORD,
                    TIME_ZONE,
                    REPORT_PORT,
                    CDC_SERVER_ID,
                    FLINK_PARALLELISM,
                    FLINK_CHECKPOINT_INTERVAL_MS,
                    FLINK_CHECKPOINT_TIMEOUT_MS,
                    FLINK_CHECKPOINT_DIR,
                    FLINK_SAVEPOINT_DIR,
                    FLINK_HA_ZOOKEEPER_QUORUM,
                    FLINK_HA_STORAGE_DIR,
                    FLINK_RESTART_MAX_FAILURES,
                    FLINK_RESTART_FAILURE_INTERVAL_MS,
                    FLINK_RESTART_DELAY_MS,
                    RETRY_GIVE_UP_AFTER_MS,
                    DEAD_LETTERS_MAX_ORIGINAL_BYTES,
                    KAFKA_MAX_MESSAGE_BYTES,
                    KAFKA_TRANSACTION_TIMEOUT_MS,
                    KAFKA_PRODUCER_LINGER_MS,
                    KAFKA_PRODUCER_BATCH_BYTES,
                    KAFKA_PRODUCER_COMPRESSION,
                    KAFKA_CONSUMER_FETCH_MAX_WAIT_MS,
                    KAFKA_CONSUMER_PARTITION_FETCH_BYTES,
                    KAFKA_ACCEPT_ABORTED_TRANSACTIONS,
                    DIM_CDC_SERVER_ID,
                    DIM_BATCH_SIZE,
                    DIM_BATCH_INTERVAL_MS,
                    DIM_CACHE_TTL_SECONDS,
                    DIM_CACHE_MISSING_TTL_SECONDS,
                    DIM_LOOKUP_THREADS,
                    DIM_LOOKUP_TIMEOUT_MS,
                    DIM_LOOKUP_TIMEOUT_POLICY,
                    DWD_SNAPSHOT_FACTS_FROM,
                    DWS_WINDOW_SECONDS,
                    DWS_ALLOWED_LATENESS_SECONDS,
                    DWS_QUIET_FLUSH_MS,
                    DWS_SINK_BATCH_SIZE,
                    DWS_SINK_BATCH_INTERVAL_MS,
                    STACK_KAFKA_CONTROLLER_PORT,
                    STACK_CLICKHOUSE_TCP_PORT,
                    STACK_HBASE_MASTER_PORT,
                    STACK_HBASE_REGIONSERVER_PORT,
                    STACK_MYSQL_ADMIN_USER,
                    STACK_MYSQL_ADMIN_PASSWORD,
                    STACK_MYSQL_WRITER_USER,
                    STACK_MYSQL_WRITER_PASSWORD);

    private GmallOptions() {}

    /** Every option, in documentation order. */
    public static List<ConfigOption<?>> all() {
        return ALL;
    }
}
