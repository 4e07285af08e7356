package com.gmall.rtdw.stack;

import static com.gmall.rtdw.stack.LoopbackStack.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.runtime.config.KafkaClientProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.Jedis;

/**
 * Who may connect to the local stack, and what they may do, on real servers as {@code bin/gmall up}
 * sets them up: the broker refuses clients without the SASL login, Redis wants its password, each
 * MariaDB account can do what its role needs and no more, the rendered configurations are the
 * owner's only, and no password shows anywhere else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackSecurityITCase {
    private LoopbackStack local;

    @BeforeAll
    void startFromAnEmptyWorkFolder() throws Exception {
        local = LoopbackStack.up("gmall-stack-security-itcase", 27);
    }

    @AfterAll
    void stopAndClean() throws Exception {
        if (local != null) {
            local.close();
        }
    }

    @Test
    void kafkaRefusesClientsWithoutTheLoginOrWithAWrongPassword() {
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", "127.0.0.1:" + local.settings.kafkaPort());
        Properties wrong = KafkaClientProperties.of(local.settings.config());
        wrong.put("sasl.jaas.config", LoopbackStack.JAAS_PREFIX + "password=\"not-the-password\";");
        for (Properties p : List.of(anonymous, wrong)) {
            p.put("request.timeout.ms", "3000");
            p.put("default.api.timeout.ms", "5000");
            try (AdminClient admin = AdminClient.create(p)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                        .as(p.toString())
                        .satisfies(
                                e ->
                                        assertThat(e.toString())
                                                .containsAnyOf(
                                                        "Authentication failed",
                                                        "TimeoutException",
                                                        "SaslAuthenticationException"));
            }
        }
    }

    /**
     * Each account bin/gmall up makes can do what its role needs and nothing that the others are
     * for.
     */
    @Test
    void mariaDbAccountsHaveTheLeastTheirRoleNeeds() throws SQLException {
        MariaDbServer mariaDb = new MariaDbServer(local.settings);
        String insertOrder = "INSERT INTO order_info (id, user_id) VALUES (999999001, 1)";
        for (var user :
                List.of(
                        List.of(GmallOptions.MYSQL_CDC_USER, GmallOptions.MYSQL_CDC_PASSWORD),
                        List.of(
                                GmallOptions.MYSQL_READER_USER,
                                GmallOptions.MYSQL_READER_PASSWORD))) {
            try (Connection c = mariaDb.connection(user.get(0), user.get(1));
                    Statement st = c.createStatement()) {
                assertThat(Long.parseLong(single(st, "SELECT COUNT(*) FROM gmall.sku_info")))
                        .isPositive();
                assertThat(single(st, "SELECT COUNT(*) FROM gmall_config.table_process"))
                        .isEqualTo("15");
                for (String write :
                        List.of(
                                insertOrder,
                                "UPDATE gmall.sku_info SET sku_name = 'x' WHERE id = 1",
                                "DELETE FROM gmall_config.table_process",
                                "CREATE TABLE gmall.itcase_t (id INT)")) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute(write))
                            .as(user.get(0).key() + ": " + write)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("command denied");
                }
            }
        }
        try (Connection c =
                        mariaDb.connection(
                                GmallOptions.MYSQL_CDC_USER, GmallOptions.MYSQL_CDC_PASSWORD);
                Statement st = c.createStatement()) {
            assertThat(single(st, "SHOW MASTER STATUS")).startsWith("binlog.");
        }
        try (Connection c =
                        mariaDb.connection(
                                GmallOptions.MYSQL_READER_USER,
                                GmallOptions.MYSQL_READER_PASSWORD);
                Statement st = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> st.executeQuery("SHOW MASTER STATUS"))
                    .as("the reader cannot follow the binlog")
                    .isInstanceOf(SQLException.class);
        }
        try (Connection c =
                        mariaDb.connection(
                                GmallOptions.STACK_MYSQL_WRITER_USER,
                                GmallOptions.STACK_MYSQL_WRITER_PASSWORD);
                Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE sku_info SET sku_name = sku_name WHERE id = 1"))
                    .isEqualTo(1);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> st.execute("DELETE FROM gmall_config.table_process"))
                    .as("the shop cannot reconfigure DIM")
                    .hasMessageContaining("command denied");
        }
        try (Connection root =
                        java.sql.DriverManager.getConnection(
                                "jdbc:mariadb://localhost/?user=root&localSocket="
                                        + mariaDb.socket());
                Statement st = root.createStatement()) {
            assertThat(single(st, "SELECT COUNT(*) FROM mysql.user WHERE user = 'gmall'"))
                    .as("the all-powerful account of earlier versions is gone")
                    .isEqualTo("0");
        }
    }

    @Test
    void redisWantsThePassword() {
        try (Jedis anonymous = new Jedis("127.0.0.1", local.settings.redisPort())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(anonymous::ping)
                    .hasMessageContaining("NOAUTH");
        }
    }

    /**
     * Rendered configurations hold credentials or their hashes: owner-only, and no password
     * anywhere else in the work folder (logs, the binlog) nor on a server's command line.
     */
    @Test
    void renderedConfigurationsAreOwnerOnlyAndNoCredentialIsPrinted() throws Exception {
        List<Path> rendered = new ArrayList<>();
        try (Stream<Path> all = Files.walk(local.home)) {
            all.filter(
                            f ->
                                    f.getParent().getFileName().toString().equals("conf")
                                            && Files.isRegularFile(f))
                    .forEach(rendered::add);
        }
        assertThat(rendered)
                .extracting(f -> f.getFileName().toString())
                .contains("redis.conf", "server.properties", "file_to_kafka.conf", "users.xml");
        for (Path file : rendered) {
            assertThat(
                            java.nio.file.attribute.PosixFilePermissions.toString(
                                    Files.getPosixFilePermissions(file)))
                    .as(file.toString())
                    .isEqualTo("rw-------");
        }
        String redisPassword = local.settings.config().get(GmallOptions.REDIS_PASSWORD);
        assertThat(Files.readString(local.home.resolve("redis/conf/redis.conf")))
                .contains(redisPassword);
        List<String> secrets =
                List.of(
                        redisPassword,
                        LoopbackStack.KAFKA_SECRET,
                        LoopbackStack.CLICKHOUSE_SECRET,
                        local.settings.config().get(GmallOptions.MYSQL_CDC_PASSWORD),
                        local.settings.config().get(GmallOptions.MYSQL_READER_PASSWORD),
                        local.settings.config().get(GmallOptions.STACK_MYSQL_WRITER_PASSWORD),
                        local.settings.config().get(GmallOptions.STACK_MYSQL_ADMIN_PASSWORD));
        Map<String, String> visible =
                new HashMap<>(
                        Map.of(
                                "the stack's output",
                                local.output.toString(StandardCharsets.UTF_8)));
        local.stack
                .runningProcesses()
                .forEach(
                        p ->
                                visible.put(
                                        "command line of " + p.pid(),
                                        p.info().commandLine().orElse("")));
        try (Stream<Path> all = Files.walk(local.home)) {
            // every file but the rendered configurations: logs, and data such as MariaDB's binlog,
            // which the CDC
            // user reads
            for (Path file :
                    all.filter(f -> Files.isRegularFile(f) && !rendered.contains(f)).toList()) {
                try {
                    if (Files.size(file) < 256L << 20) {
                        visible.put(
                                file.toString(),
                                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // a server's temporary file, removed while the folder was walked
                }
            }
        }
        List<String> leaks = new ArrayList<>();
        visible.forEach(
                (where, text) ->
                        secrets.stream()
                                .filter(text::contains)
                                .forEach(secret -> leaks.add(where + " holds " + secret)));
        assertThat(leaks).as("passwords outside the owner-only configurations").isEmpty();
    }
}
