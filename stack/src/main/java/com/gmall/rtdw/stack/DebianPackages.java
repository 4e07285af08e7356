package com.gmall.rtdw.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs the Debian packages the stack runs (MariaDB, Redis, ClickHouse) when they are missing:
 * as root with apt-get, with a policy-rc.d in place so that the packages' system services are not
 * started (the stack runs its own instances); otherwise it says which command to run.
 */
final class DebianPackages {
    static final List<String> NEEDED =
            List.of(
                    "mariadb-server",
                    "mariadb-client",
                    "redis-server",
                    "clickhouse-server",
                    "clickhouse-client");
    private static final Path POLICY = Path.of("/usr/sbin/policy-rc.d");

    private DebianPackages() {}

    static void ensure(Path workDir, Output out) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String p : NEEDED) {
            if (!installed(p)) {
                missing.add(p);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String command = "apt-get update && apt-get install -y " + String.join(" ", missing);
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException(
                    "missing Debian packages: " + missing + "; run as root:\n  " + command);
        }
        out.line("packages", "installing " + String.join(" ", missing) + " (apt-get)...");
        boolean ownPolicy = !Files.exists(POLICY);
        try {
            if (ownPolicy) {
                Files.writeString(
                        POLICY,
                        "#!/bin/sh\n# gmall-rtdw: do not start system services while installing\nexit 101\n");
                POLICY.toFile().setExecutable(true);
            }
            Processes.run(List.of("apt-get", "update", "-qq"), workDir, Duration.ofMinutes(10));
            List<String> install =
                    new ArrayList<>(
                            List.of(
                                    "env",
                                    "DEBIAN_FRONTEND=noninteractive",
                                    "apt-get",
                                    "install",
                                    "-y",
                                    "-qq"));
            install.addAll(missing);
            Processes.run(install, workDir, Duration.ofMinutes(20));
        } finally {
            if (ownPolicy) {
                Files.deleteIfExists(POLICY);
            }
        }
    }

    private static boolean installed(String p) {
        try {
            String status =
                    Processes.run(
                            List.of("dpkg-query", "-W", "-f=${Status}", p),
                            Path.of("/"),
                            Duration.ofSeconds(30));
            return status.contains("install ok installed");
        } catch (IOException e) {
            return false;
        }
    }
}
