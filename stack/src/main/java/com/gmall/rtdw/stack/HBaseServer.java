package com.gmall.rtdw.stack;

import com.gmall.rtdw.runtime.config.GmallOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HBase 2.4 standalone (master, region server and ZooKeeper in one JVM) with the Phoenix 5.1
 * coprocessors, from Maven Central jars, namespace mapping on. After start the Phoenix schema
 * {@code GMALL_REALTIME} exists (the reference design assumed it; with namespace mapping Phoenix
 * refuses tables in a schema that does not).
 */
final class HBaseServer extends LocalServer {
    static final String READY_LINE = "Master has completed initialization";
    static final String SCHEMA = com.gmall.rtdw.runtime.PhoenixJdbc.DIM_SCHEMA;

    private String classpath;

    /** Where this start's lines begin in hbase.log (the file is appended to across starts). */
    private long logOffset;

    HBaseServer(StackSettings settings) {
        super(settings, "hbase", settings.zookeeperPort());
    }

    @Override
    String address() {
        return "jdbc:phoenix:" + settings.config().get(GmallOptions.PHOENIX_ZK_QUORUM);
    }

    @Override
    List<Integer> ports() {
        return List.of(
                port(),
                settings.config().get(GmallOptions.STACK_HBASE_MASTER_PORT),
                settings.config().get(GmallOptions.STACK_HBASE_REGIONSERVER_PORT));
    }

    @Override
    void prepare(Output out) throws Exception {
        classpath = ServerJars.classpath(settings, "hbase", out);
        Files.createDirectories(dataDir());
        Files.createDirectories(logDir());
        logOffset = Processes.sizeOf(logDir().resolve("hbase.log"));
        Map<String, String> values =
                Map.of(
                        "GMALL_HBASE_DATA_DIR",
                        dataDir().toString(),
                        "GMALL_HBASE_ZK_PORT",
                        Integer.toString(port()),
                        "GMALL_HBASE_MASTER_PORT",
                        settings.config().get(GmallOptions.STACK_HBASE_MASTER_PORT).toString(),
                        "GMALL_HBASE_RS_PORT",
                        settings.config()
                                .get(GmallOptions.STACK_HBASE_REGIONSERVER_PORT)
                                .toString(),
                        "GMALL_HBASE_LOG_DIR",
                        logDir().toString());
        Templates.render(
                settings.root().resolve("conf/hbase/hbase-site.xml"),
                confDir().resolve("hbase-site.xml"),
                values);
        Templates.render(
                settings.root().resolve("conf/hbase/log4j.properties"),
                confDir().resolve("log4j.properties"),
                values);
    }

    @Override
    List<String> command() {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(java17Opens());
        cmd.addAll(
                List.of(
                        "-Xms256m",
                        "-Xmx1g",
                        "-XX:+UseG1GC",
                        "-Djava.net.preferIPv4Stack=true",
                        "-Dhbase.log.dir=" + logDir(),
                        "-Dlog4j.configuration=file:" + confDir().resolve("log4j.properties"),
                        "-cp",
                        classpath + ":" + confDir(),
                        "org.apache.hadoop.hbase.master.HMaster",
                        "start"));
        return cmd;
    }

    /**
     * Ready when the master says so in this run's output and a Phoenix client can query the
     * catalog.
     */
    @Override
    boolean probe() {
        if (!outputSince().contains(READY_LINE)) {
            return false;
        }
        try (Connection c =
                        PhoenixConnections.open(
                                settings.config().get(GmallOptions.PHOENIX_ZK_QUORUM));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM SYSTEM.CATALOG")) {
            return rs.next();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    void afterReady(Output out) throws Exception {
        try (Connection c =
                        PhoenixConnections.open(
                                settings.config().get(GmallOptions.PHOENIX_ZK_QUORUM));
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            c.commit();
        }
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(150);
    }

    @Override
    Duration stopGrace() {
        return Duration.ofSeconds(60);
    }

    @Override
    List<Path> diagnosticLogs() {
        return List.of(logDir().resolve("hbase.log"), outputLog());
    }

    /** What hbase.log gained since this start (for a server found running: all of it). */
    private String outputSince() {
        return Processes.readFrom(logDir().resolve("hbase.log"), logOffset);
    }
}
