package com.gmall.rtdw.jobs.runtime;

import com.gmall.rtdw.runtime.config.ConfigOption;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.ververica.cdc.connectors.mysql.source.MySqlSource;
import com.ververica.cdc.connectors.mysql.source.MySqlSourceBuilder;
import com.ververica.cdc.connectors.mysql.table.StartupOptions;

/**
 * Flink CDC sources on the shop's MariaDB/MySQL as every job opens them: the configured server and
 * credentials, the warehouse time zone (Flink CDC checks it against the server's,
 * docs/platform.md), a snapshot first and then the binlog, read as the given server id and as the
 * CDC user ({@code mysql.cdc.user}: replication and SELECT only).
 */
public final class MySqlCdc {
    private MySqlCdc() {}

    public static <T> MySqlSourceBuilder<T> source(
            GmallConfig config, ConfigOption<String> serverId) {
        return MySqlSource.<T>builder()
                .hostname(config.get(GmallOptions.MYSQL_HOST))
                .port(config.get(GmallOptions.MYSQL_PORT))
                .username(config.get(GmallOptions.MYSQL_CDC_USER))
                .password(config.get(GmallOptions.MYSQL_CDC_PASSWORD))
                .serverId(config.get(serverId))
                .serverTimeZone(config.timeZone().getId())
                .startupOptions(StartupOptions.initial());
    }
}
