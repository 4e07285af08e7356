package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack lives and which ports it uses: the repository (templates, DDL), the work
 * folder ({@code GMALL_HOME}, default {@code .gmall} in the repository) and the settings of {@code
 * conf/local.properties}, from which every port, user and password comes.
 *
 * @param root the repository
 * @param home the work folder
 * @param config the local profile
 */
public record StackSettings(Path root, Path home, GmallConfig config) {

    /**
     * Reads the settings of the repository at {@code root}, with the process environment's
     * overrides.
     */
    public static StackSettings load(Path root, Map<String, String> environment) {
        Path abs = root.toAbsolutePath().normalize();
        String home = environment.get("GMALL_HOME");
        Path work =
                home == null || home.isBlank()
                        ? abs.resolve(".gmall")
                        : Path.of(home).toAbsolutePath().normalize();
        return new StackSettings(
                abs, work, GmallConfig.load(abs.resolve("conf/local.properties"), environment));
    }

    public int kafkaPort() {
        return portOf(config.get(GmallOptions.KAFKA_BOOTSTRAP_SERVERS).split(",")[0]);
    }

    public int kafkaControllerPort() {
        return config.get(GmallOptions.STACK_KAFKA_CONTROLLER_PORT);
    }

    public int mysqlPort() {
        return config.get(GmallOptions.MYSQL_PORT);
    }

    /** The JDBC URL of the shop's database {@code gmall} on the configured MariaDB. */
    public String shopJdbcUrl() {
        return "jdbc:mariadb://"
                + config.get(GmallOptions.MYSQL_HOST)
                + ":"
                + mysqlPort()
                + "/gmall";
    }

    public int redisPort() {
        return config.get(GmallOptions.REDIS_PORT);
    }

    public int zookeeperPort() {
        return portOf(config.get(GmallOptions.PHOENIX_ZK_QUORUM).split(",")[0]);
    }

    public int clickHouseHttpPort() {
        return URI.create(config.get(GmallOptions.CLICKHOUSE_URL)).getPort();
    }

    public int clickHouseTcpPort() {
        return config.get(GmallOptions.STACK_CLICKHOUSE_TCP_PORT);
    }

    /** A folder of the work folder, e.g. {@code kafka/data}. */
    public Path work(String relative) {
        return home.resolve(relative);
    }

    private static int portOf(String hostPort) {
        String trimmed = hostPort.trim();
        return Integer.parseInt(trimmed.substring(trimmed.lastIndexOf(':') + 1));
    }
}
