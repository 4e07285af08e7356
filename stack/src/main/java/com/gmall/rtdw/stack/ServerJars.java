package com.gmall.rtdw.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The jars of a server that runs as its own JVM (Kafka, HBase with Phoenix), resolved from Maven
 * Central by the pom in {@code stack/servers/<name>} into {@code <work>/lib/<name>} on first use. A
 * copy of the pom marks the folder complete; a changed pom resolves again.
 */
final class ServerJars {
    private ServerJars() {}

    /**
     * The class path entry ({@code <dir>/*}) of the server's jars, resolving them first if needed.
     */
    static String classpath(StackSettings settings, String server, Output out) throws IOException {
        Path pom = settings.root().resolve("stack/servers/" + server + "/pom.xml");
        Path dir = settings.work("lib/" + server);
        Path marker = dir.resolve(".resolved-from-pom.xml");
        String wanted = Files.readString(pom);
        if (!Files.exists(marker) || !Files.readString(marker).equals(wanted)) {
            out.line(server, "resolving its jars from Maven Central (first run only)...");
            deleteJars(dir); // a changed pom must not leave the old versions on the class path
            Files.createDirectories(dir);
            // the repository's Maven wrapper: no Maven needs to be installed, and the one used is
            // pinned
            Processes.run(
                    List.of(
                            settings.root().resolve("mvnw").toString(),
                            "-B",
                            "-q",
                            "-f",
                            pom.toString(),
                            "dependency:copy-dependencies",
                            "-DoutputDirectory=" + dir,
                            "-DincludeScope=runtime",
                            "-DoverWriteIfNewer=true"),
                    settings.root(),
                    Duration.ofMinutes(15));
            Files.writeString(marker, wanted);
        }
        return dir + "/*";
    }

    private static void deleteJars(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
