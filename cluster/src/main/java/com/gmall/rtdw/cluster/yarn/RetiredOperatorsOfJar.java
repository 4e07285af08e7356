package com.gmall.rtdw.cluster.yarn;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Asks the jobs jar whether restoring a job from a savepoint must leave the state of operators its
 * earlier version had behind (the jobs' {@code RetiredOperators} decides, from the job's retired
 * uids and the savepoint's metadata). The submitting command does not have the job classes on its
 * class path, so they are loaded from the jar.
 */
public final class RetiredOperatorsOfJar {
    private static final String RUNTIME = "com.gmall.rtdw.jobs.runtime.";

    private RetiredOperatorsOfJar() {}

    public static boolean leaveStateBehind(Path jobsJar, String mainClass, String savepoint)
            throws Exception {
        if (savepoint == null) {
            return false;
        }
        try (URLClassLoader jobs =
                new URLClassLoader(
                        new URL[] {jobsJar.toUri().toURL()},
                        RetiredOperatorsOfJar.class.getClassLoader())) {
            Class<?> gmallJob = jobs.loadClass(RUNTIME + "GmallJob");
            Object job = jobs.loadClass(mainClass).getDeclaredConstructor().newInstance();
            return (Boolean)
                    jobs.loadClass(RUNTIME + "RetiredOperators")
                            .getMethod("leaveStateBehind", gmallJob, String.class)
                            .invoke(null, job, savepoint);
        }
    }
}
