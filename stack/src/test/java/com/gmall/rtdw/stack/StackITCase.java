package com.gmall.rtdw.stack;

import static com.gmall.rtdw.stack.LoopbackStack.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.registry.Topics;
import com.gmall.rtdw.runtime.ClickHouseEndpoint;
import com.gmall.rtdw.runtime.ClickHouseHttp;
import com.gmall.rtdw.runtime.DecodeException;
import com.gmall.rtdw.runtime.RedisClients;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import com.gmall.rtdw.runtime.config.RedisEndpoint;
import com.gmall.rtdw.serde.ods.AppLogJsonDecoder;
import com.gmall.rtdw.sim.GenCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import redis.clients.jedis.Jedis;

/**
 * The local stack on real servers, as {@code bin/gmall} runs it, from an empty work folder and on
 * ports of its own (so a developer's running stack is not disturbed): every server answers a real
 * client, the simulator writes consistent rows and parsable logs, {@code up} twice changes nothing,
 * {@code down} leaves no process and {@code up} after it keeps the data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackITCase {
    private LoopbackStack local;
    private Path home;
    private StackSettings settings;
    private Stack stack;
    private ByteArrayOutputStream output;

    @BeforeAll
    void startFromAnEmptyWorkFolder() throws Exception {
        local = LoopbackStack.up("gmall-stack-itcase", 28);
        home = local.home;
        settings = local.settings;
        stack = local.stack;
        output = local.output;
    }

    @AfterAll
    void stopAndClean() throws IOException {
        if (local != null) {
            local.close();
        }
    }

    @Test
    @Order(1)
    void kafkaCreatesAndListsATopicAndHasTheRegistrysTopics() throws Exception {
        try (AdminClient admin = AdminClient.create(KafkaClientProperties.of(settings.config()))) {
            admin.createTopics(List.of(new NewTopic("itcase_probe", 1, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).contains("itcase_probe");
            assertThat(topics).containsAll(Topics.all().stream().map(t -> t.name()).toList());
        }
    }

    @Test
    @Order(1)
    void mariaDbHasARowBinlogAndTheShopData() throws SQLException {
        try (Connection c = new MariaDbServer(settings).adminConnection();
                Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT @@binlog_format")).isEqualTo("ROW");
            assertThat(single(st, "SELECT @@log_bin")).isEqualTo("1");
            assertThat(single(st, "SELECT @@binlog_row_image")).isEqualTo("FULL");
            assertThat(Long.parseLong(single(st, "SELECT COUNT(*) FROM sku_info"))).isPositive();
            assertThat(single(st, "SELECT COUNT(*) FROM gmall_config.table_process"))
                    .isEqualTo("15");
        }
    }

    @Test
    @Order(1)
    void phoenixCreatesUpsertsAndSelects() throws SQLException {
        try (Connection c = new SqlShell(settings).connect("phoenix");
                Statement st = c.createStatement()) {
            st.execute(
                    "CREATE TABLE IF NOT EXISTS GMALL_REALTIME.DIM_ITCASE (ID VARCHAR PRIMARY KEY, NAME VARCHAR)");
            try (PreparedStatement ps =
                    c.prepareStatement("UPSERT INTO GMALL_REALTIME.DIM_ITCASE VALUES (?, ?)")) {
                ps.setString(1, "1");
                ps.setString(2, "小米 'quoted'");
                ps.executeUpdate();
                ps.setString(1, "2");
                ps.setString(2, "Apple");
                ps.executeUpdate();
            }
            c.commit();
            List<String> names = new ArrayList<>();
            try (ResultSet rs =
                    st.executeQuery("SELECT NAME FROM GMALL_REALTIME.DIM_ITCASE ORDER BY ID")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            assertThat(names).containsExactly("小米 'quoted'", "Apple");
        }
    }

    @Test
    @Order(1)
    void clickHouseRefusesAWrongPassword() {
        ClickHouseHttp wrong =
                new ClickHouseHttp(
                        new ClickHouseEndpoint(
                                "http://127.0.0.1:" + settings.clickHouseHttpPort(),
                                "default",
                                "default",
                                ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wrong.execute("SELECT 1"))
                .hasMessageContaining("Password required for user default");
    }

    @Test
    @Order(1)
    void sqlCommandPrintsTablesAndKeepsPhoenixWrites() throws Exception {
        SqlShell shell = new SqlShell(settings);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream to = new PrintStream(printed, true, StandardCharsets.UTF_8);
        shell.run(
                "phoenix",
                "CREATE TABLE IF NOT EXISTS GMALL_REALTIME.DIM_SQLCMD (ID VARCHAR PRIMARY KEY, NAME VARCHAR)",
                to);
        shell.run("phoenix", "UPSERT INTO GMALL_REALTIME.DIM_SQLCMD VALUES ('1', '华为')", to);
        printed.reset();
        shell.run("phoenix", "SELECT ID, NAME FROM GMALL_REALTIME.DIM_SQLCMD", to);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("| ID | NAME |")
                .contains("| 1  | 华为 |")
                .contains("1 row");
        printed.reset();
        shell.run(
                "mariadb", "SELECT dic_code, dic_name FROM base_dic WHERE dic_code = '1602';", to);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("| 1602     |")
                .contains("1 row");
    }

    @Test
    @Order(1)
    void redisSetsAndGets() {
        try (Jedis jedis = RedisClients.connect(RedisEndpoint.of(settings.config()), 2000)) {
            jedis.set("DIM:ITCASE:1", "{\"NAME\":\"x\"}");
            assertThat(jedis.get("DIM:ITCASE:1")).isEqualTo("{\"NAME\":\"x\"}");
        }
    }

    @Test
    @Order(1)
    void clickHouseAnswersAndHasTheWarehouseDatabase() throws Exception {
        ClickHouseServer clickHouse = new ClickHouseServer(settings);
        assertThat(clickHouse.http("default").execute("SELECT version()").trim())
                .matches("\\d+\\.\\d+.*");
        String database = settings.config().get(GmallOptions.CLICKHOUSE_DATABASE);
        assertThat(
                        clickHouse
                                .http("default")
                                .execute(
                                        "SELECT name FROM system.databases WHERE name = '"
                                                + database
                                                + "'")
                                .trim())
                .isEqualTo(database);
    }

    @Test
    @Order(2)
    void genWritesConsistentRowsAndParsableLogs() throws Exception {
        GenCommand.run(
                settings,
                List.of(
                        "--seed",
                        "5",
                        "--users",
                        "30",
                        "--events",
                        "4000",
                        "--fast",
                        "--start",
                        "2024-06-01T10:00:00"),
                System.out);
        try (Connection c = new MariaDbServer(settings).adminConnection();
                Statement st = c.createStatement()) {
            for (String table :
                    List.of(
                            "user_info",
                            "cart_info",
                            "order_info",
                            "order_detail",
                            "payment_info",
                            "order_refund_info",
                            "refund_payment",
                            "coupon_use",
                            "favor_info",
                            "comment_info")) {
                assertThat(Long.parseLong(single(st, "SELECT COUNT(*) FROM " + table)))
                        .as(table)
                        .isPositive();
            }
            Map<String, String> mustBeEmpty =
                    Map.of(
                            "detail without its order",
                                    "SELECT COUNT(*) FROM order_detail d LEFT JOIN order_info o ON o.id = d.order_id WHERE o.id IS NULL",
                            "payment without its order",
                                    "SELECT COUNT(*) FROM payment_info p LEFT JOIN order_info o ON o.id = p.order_id WHERE o.id IS NULL",
                            "unknown order status",
                                    "SELECT COUNT(*) FROM order_info WHERE order_status NOT IN ('1001','1002','1003','1004','1005','1006')",
                            "paid-or-later order without a paid payment",
                                    "SELECT COUNT(*) FROM order_info o WHERE o.order_status IN ('1002','1004','1005','1006') AND NOT EXISTS (SELECT 1 FROM payment_info p WHERE p.order_id = o.id AND p.payment_status = '1602' AND p.callback_time IS NOT NULL)",
                            "unpaid or cancelled order with a payment",
                                    "SELECT COUNT(*) FROM order_info o WHERE o.order_status IN ('1001','1003') AND EXISTS (SELECT 1 FROM payment_info p WHERE p.order_id = o.id)",
                            "refunding order without a refund request",
                                    "SELECT COUNT(*) FROM order_info o WHERE o.order_status IN ('1005','1006') AND NOT EXISTS (SELECT 1 FROM order_refund_info r WHERE r.order_id = o.id)",
                            "refunded order whose refund is not complete",
                                    "SELECT COUNT(*) FROM order_info o JOIN refund_payment r ON r.order_id = o.id WHERE o.order_status = '1006' AND r.refund_status <> '0705'",
                            "order total differing from its details",
                                    "SELECT COUNT(*) FROM order_info o WHERE o.total_amount <> (SELECT SUM(d.split_total_amount) FROM order_detail d WHERE d.order_id = o.id)",
                            "used coupon on an unpaid order",
                                    "SELECT COUNT(*) FROM coupon_use u JOIN order_info o ON o.id = u.order_id WHERE u.coupon_status = '1403' AND o.order_status IN ('1001','1003')");
            for (Map.Entry<String, String> check : mustBeEmpty.entrySet()) {
                assertThat(single(st, check.getValue())).as(check.getKey()).isEqualTo("0");
            }
        }
        long lines = 0;
        try (Stream<Path> files = Files.list(settings.work("applog"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    try {
                        AppLogJsonDecoder.decode(line.getBytes(StandardCharsets.UTF_8));
                    } catch (DecodeException e) {
                        throw new AssertionError(file + ": " + e.getMessage() + "\n" + line, e);
                    }
                    lines++;
                }
            }
        }
        assertThat(lines).isGreaterThan(2000);
    }

    @Test
    @Order(3)
    void flumeShipsEveryGoodLineAndDeadLettersTheBadOnes() throws Exception {
        GenCommand.run(
                settings,
                List.of(
                        "--seed",
                        "9",
                        "--users",
                        "30",
                        "--events",
                        "1500",
                        "--fast",
                        "--bad-lines",
                        "0.05",
                        "--start",
                        "2024-06-01T12:00:00"),
                System.out);
        // Flume's rule: one JSON object goes on (a wrong field type is the jobs' business),
        // anything else is dead
        long good = 0;
        long bad = 0;
        try (Stream<Path> files = Files.list(settings.work("applog"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (isOneJsonObject(line)) {
                        good++;
                    } else {
                        bad++;
                    }
                }
            }
        }
        assertThat(bad).isPositive();
        Map<String, List<String>> shipped =
                readTopics(List.of("topic_log", FlumeAgent.DEAD_LETTER_TOPIC), good + bad);
        assertThat(shipped.get("topic_log")).hasSize((int) good);
        assertThat(shipped.get(FlumeAgent.DEAD_LETTER_TOPIC))
                .hasSize((int) bad)
                .allSatisfy(
                        envelope ->
                                assertThat(envelope)
                                        .contains("\"reason\"")
                                        .contains("\"original\""));

        // as a user reads them: bin/gmall topic dlq counts them, topic tail prints them as they are
        assertThat(DeadLetterCounts.of(settings)).containsEntry(FlumeAgent.DEAD_LETTER_TOPIC, bad);
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        TopicTail.run(
                settings, List.of("dlq"), new PrintStream(listed, true, StandardCharsets.UTF_8));
        assertThat(listed.toString(StandardCharsets.UTF_8))
                .containsPattern("dlq_flume +" + bad + "\\n");
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        TopicTail.run(
                settings,
                List.of("tail", FlumeAgent.DEAD_LETTER_TOPIC, "-n", "3"),
                new PrintStream(tail, true, StandardCharsets.UTF_8));
        List<String> printed = tail.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(printed)
                .hasSize(3)
                .allSatisfy(line -> assertThat(isOneJsonObject(line)).as(line).isTrue())
                .allSatisfy(line -> assertThat(line).contains("\"reason\"", "\"original\""));
        assertThat(shipped.get(FlumeAgent.DEAD_LETTER_TOPIC)).containsAll(printed);
    }

    private static boolean isOneJsonObject(String line) {
        try (com.fasterxml.jackson.core.JsonParser p =
                new com.fasterxml.jackson.core.JsonFactory().createParser(line)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Every record of the topics, read until {@code expected} records in all or 90 s. */
    private Map<String, List<String>> readTopics(List<String> topics, long expected) {
        Properties p = KafkaClientProperties.of(settings.config());
        Map<String, List<String>> values = new HashMap<>();
        topics.forEach(t -> values.put(t, new ArrayList<>()));
        try (org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]> consumer =
                new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                        p,
                        new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                        new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic)
                        .forEach(
                                i ->
                                        partitions.add(
                                                new org.apache.kafka.common.TopicPartition(
                                                        topic, i.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + 90_000_000_000L;
            long total = 0;
            while (total < expected && System.nanoTime() < deadline) {
                for (var r : consumer.poll(java.time.Duration.ofMillis(500))) {
                    values.get(r.topic()).add(new String(r.value(), StandardCharsets.UTF_8));
                    total++;
                }
            }
        }
        return values;
    }

    @Test
    @Order(4)
    void aSecondRunMovesTheFirstRunsOrdersOn() throws Exception {
        long lastOrderOfFirstRun;
        try (Connection c = new MariaDbServer(settings).adminConnection();
                Statement st = c.createStatement()) {
            lastOrderOfFirstRun = Long.parseLong(single(st, "SELECT MAX(id) FROM order_info"));
        }
        GenCommand.run(
                settings,
                List.of(
                        "--seed",
                        "6",
                        "--users",
                        "30",
                        "--events",
                        "3000",
                        "--fast",
                        "--start",
                        "2024-06-02T10:00:00"),
                System.out);
        try (Connection c = new MariaDbServer(settings).adminConnection();
                Statement st = c.createStatement()) {
            assertThat(
                            Long.parseLong(
                                    single(
                                            st,
                                            "SELECT COUNT(*) FROM order_info WHERE id <= "
                                                    + lastOrderOfFirstRun
                                                    + " AND operate_time >= '2024-06-02 10:00:00'")))
                    .as("first-run orders updated by the second")
                    .isPositive();
            assertThat(
                            single(
                                    st,
                                    "SELECT COUNT(*) FROM (SELECT user_id, sku_id FROM cart_info WHERE is_ordered = 0 "
                                            + "GROUP BY user_id, sku_id HAVING COUNT(*) > 1) t"))
                    .as("one open cart line per user and sku")
                    .isEqualTo("0");
        }
    }

    @Test
    @Order(5)
    void upAgainChangesNothing() throws Exception {
        List<Long> before =
                stack.runningProcesses().stream().map(ProcessHandle::pid).sorted().toList();
        output.reset();
        stack.up();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("already running");
        assertThat(stack.runningProcesses().stream().map(ProcessHandle::pid).sorted().toList())
                .isEqualTo(before);
    }

    @Test
    @Order(6)
    void oneServerKilledIsStartedAgainByUpAndTheOthersAreLeftAlone() throws Exception {
        List<Long> before =
                stack.runningProcesses().stream().map(ProcessHandle::pid).sorted().toList();
        stack.stop("redis", true);
        assertThat(stack.allRunning()).isFalse();
        assertThat(stack.runningProcesses()).hasSize(5);

        stack.up();

        assertThat(stack.allRunning()).isTrue();
        List<Long> after =
                stack.runningProcesses().stream().map(ProcessHandle::pid).sorted().toList();
        assertThat(after).hasSize(6).isNotEqualTo(before);
        assertThat(after.stream().filter(before::contains)).hasSize(5);
        try (Jedis jedis = RedisClients.connect(RedisEndpoint.of(settings.config()), 2000)) {
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
    }

    @Test
    @Order(7)
    void downLeavesNothingRunningAndUpKeepsTheData() throws Exception {
        String orders;
        try (Connection c = new MariaDbServer(settings).adminConnection();
                Statement st = c.createStatement()) {
            orders = single(st, "SELECT COUNT(*) FROM order_info");
        }
        List<ProcessHandle> processes = stack.runningProcesses();
        assertThat(processes).hasSize(6);
        stack.down();
        assertThat(stack.runningProcesses()).isEmpty();
        assertThat(processes).noneMatch(ProcessHandle::isAlive);

        stack.up();
        assertThat(stack.allRunning()).isTrue();
        try (Connection c = new MariaDbServer(settings).adminConnection();
                Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT COUNT(*) FROM order_info")).isEqualTo(orders);
        }
        try (Connection c = new SqlShell(settings).connect("phoenix");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM GMALL_REALTIME.DIM_ITCASE")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2);
        }
    }
}
