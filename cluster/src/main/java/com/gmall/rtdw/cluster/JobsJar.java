package com.gmall.rtdw.cluster;

import com.gmall.rtdw.cli.UsageException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.runtime.execution.librarycache.FlinkUserCodeClassLoaders;

/**
 * The jobs jar a cluster runs (cluster/jobs-jar) and the main class of each job in it, read from
 * the jar's own job catalogue, so that a job added to the jobs module needs no change here.
 */
public final class JobsJar {
    private final Path jar;
    private final Map<String, String> mainClasses;

    private JobsJar(Path jar, Map<String, String> mainClasses) {
        this.jar = jar;
        this.mainClasses = mainClasses;
    }

    public static JobsJar open(Path jar) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(
                    "no jobs jar at "
                            + jar
                            + ": build it with `./mvnw -B -DskipTests package "
                            + "-pl cluster/jobs-jar -am`");
        }
        Map<String, String> mainClasses = new TreeMap<>();
        // the class loading a job gets on a cluster (child first, Flink's own parent first), so
        // that the jar's
        // classes see the jar's libraries
        try (URLClassLoader loader =
                FlinkUserCodeClassLoaders.childFirst(
                        new URL[] {jar.toUri().toURL()},
                        JobsJar.class.getClassLoader(),
                        CoreOptions.getParentFirstLoaderPatterns(new Configuration()),
                        error -> {},
                        false)) {
            Class<?> catalog = loader.loadClass("com.gmall.rtdw.jobs.runtime.JobCatalog");
            Method byName = catalog.getMethod("byName");
            @SuppressWarnings("unchecked")
            Map<String, Supplier<?>> jobs = (Map<String, Supplier<?>>) byName.invoke(null);
            jobs.forEach((name, job) -> mainClasses.put(name, job.get().getClass().getName()));
        }
        return new JobsJar(jar, mainClasses);
    }

    public Path path() {
        return jar;
    }

    /** The main class of a job, or a clear error listing the jobs there are. */
    public String mainClass(String job) {
        String main = mainClasses.get(job);
        if (main == null) {
            throw new UsageException(
                    "unknown job '" + job + "'; jobs: " + String.join(", ", mainClasses.keySet()));
        }
        return main;
    }

    public Map<String, String> jobs() {
        return Map.copyOf(mainClasses);
    }
}
