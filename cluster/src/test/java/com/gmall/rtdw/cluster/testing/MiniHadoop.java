package com.gmall.rtdw.cluster.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

/**
 * MiniDFS + MiniYARN in the test JVM (docs/platform.md): a real ResourceManager, NodeManager and
 * HDFS on loopback. The containers run on this machine's Java ($JAVA_HOME, set by the build) with a
 * class path of a site-configuration folder plus the Hadoop jars of this JVM, as a real cluster's
 * nodes have their Hadoop installation.
 */
public final class MiniHadoop implements AutoCloseable {
    private final MiniDFSCluster dfs;
    private final MiniYARNCluster yarn;
    private final Path siteDir;

    private MiniHadoop(MiniDFSCluster dfs, MiniYARNCluster yarn, Path siteDir) {
        this.dfs = dfs;
        this.yarn = yarn;
        this.siteDir = siteDir;
    }

    public static MiniHadoop start(Path work) throws IOException {
        Path siteDir = Files.createDirectories(work.resolve("hadoop-conf"));
        YarnConfiguration conf = new YarnConfiguration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.resolve("dfs").toString());
        MiniDFSCluster dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        dfs.waitActive();
        conf.set("fs.defaultFS", dfs.getFileSystem().getUri().toString());
        // conf/flink/flink-conf.yaml's 768m/1024m containers, not rounded up to YARN's default
        // 1024m minimum
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 256);
        conf.setInt(YarnConfiguration.NM_PMEM_MB, 6144);
        // a JVM's virtual size is far beyond its heap on Java 17: YARN's virtual-memory check would
        // kill it
        conf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
        conf.set(
                YarnConfiguration.YARN_APPLICATION_CLASSPATH,
                siteDir + "," + String.join(",", hadoopJars()));
        conf.set(
                "yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage",
                "99.5");
        MiniYARNCluster yarn = new MiniYARNCluster("gmall-itcase", 1, 1, 1);
        yarn.init(conf);
        yarn.start();
        MiniHadoop hadoop = new MiniHadoop(dfs, yarn, siteDir);
        hadoop.writeSiteFiles();
        return hadoop;
    }

    /** HDFS's base address, e.g. {@code hdfs://localhost:40123}. */
    public String hdfs() {
        return yarn.getConfig().get("fs.defaultFS");
    }

    /**
     * The cluster's client configuration (what HADOOP_CONF_DIR holds): core-, yarn- and
     * hdfs-site.xml.
     */
    public Path siteDir() {
        return siteDir;
    }

    /**
     * Fails the application's current attempt, as a JobManager's container dying would; YARN starts
     * the next.
     */
    public void failCurrentAttempt(String applicationId) throws Exception {
        try (org.apache.hadoop.yarn.client.api.YarnClient client =
                org.apache.hadoop.yarn.client.api.YarnClient.createYarnClient()) {
            client.init(yarn.getConfig());
            client.start();
            org.apache.hadoop.yarn.api.records.ApplicationId id =
                    org.apache.hadoop.yarn.api.records.ApplicationId.fromString(applicationId);
            client.failApplicationAttempt(
                    client.getApplicationReport(id).getCurrentApplicationAttemptId());
        }
    }

    private void writeSiteFiles() throws IOException {
        Configuration conf = yarn.getConfig();
        for (String name : List.of("core-site.xml", "yarn-site.xml", "hdfs-site.xml")) {
            try (OutputStream out = Files.newOutputStream(siteDir.resolve(name))) {
                conf.writeXml(out);
            }
        }
    }

    /**
     * Hadoop and its libraries from this JVM's class path: everything but Flink, Scala, our modules
     * and tests.
     */
    private static List<String> hadoopJars() {
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            boolean flinkSide =
                    path.contains("/org/apache/flink/")
                            || path.contains("/org/scala-lang/")
                            || path.contains("/com/typesafe/")
                            || path.contains("/com/gmall/")
                            || path.contains("/org/apache/kafka/")
                            || path.contains("/org/apache/logging/log4j/")
                            || path.contains("/org/junit/")
                            || path.contains("/org/assertj/")
                            || path.contains("/org/apache/avro/")
                            || path.contains("/com/twitter/")
                            || path.contains("/com/esotericsoftware/");
            if (path.endsWith(".jar") && !flinkSide) {
                jars.add(entry);
            }
        }
        return jars;
    }

    @Override
    public void close() {
        yarn.stop();
        dfs.shutdown();
    }
}
