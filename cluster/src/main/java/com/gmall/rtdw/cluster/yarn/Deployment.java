package com.gmall.rtdw.cluster.yarn;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a per-job deployment ships: the Flink runtime jar (yarn.flink-dist-jar), the Flink
 * configuration folder (flink-conf.yaml and log4j.properties, conf/flink) and the jobs jar.
 */
public record Deployment(Path flinkDistJar, Path flinkConfDir, Path jobsJar) {
    public Deployment {
        require(
                flinkDistJar,
                "the Flink runtime jar; build it with `./mvnw -B -DskipTests package -pl cluster -am`");
        require(flinkConfDir.resolve("flink-conf.yaml"), "the Flink configuration");
        require(
                jobsJar,
                "the jobs jar; build it with `./mvnw -B -DskipTests package -pl cluster -am`");
    }

    /** The repository's own: the jars its build makes and conf/flink. */
    public static Deployment ofRepository(Path root) {
        return new Deployment(
                root.resolve("cluster/flink-dist/target/gmall-flink-dist.jar"),
                root.resolve("conf/flink"),
                root.resolve("cluster/jobs-jar/target/gmall-jobs-cluster.jar"));
    }

    private static void require(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("missing " + file + " (" + what + ")");
        }
    }
}
