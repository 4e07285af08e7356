package com.gmall.rtdw.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the Flink MiniClusters of this machine's local runs ({@code bin/gmall run}, {@code
 * bin/gmall demo}) serve their REST API, so that {@code bin/gmall monitor} and {@code status} find
 * them: one file per running JVM under {@code <GMALL_HOME>/flink/clusters/}, named by its process
 * id and removed when the JVM exits. A file left by a JVM that was killed is ignored, as its
 * process is gone.
 */
public final class LocalFlinkClusters {
    private LocalFlinkClusters() {}

    /** A registered cluster: its name ({@code local:<port>}) and REST address. */
    public record Entry(String name, URI rest) {}

    /** Registers this JVM's cluster at {@code port} on loopback until the JVM exits. */
    public static void register(Path work, int port) {
        Path file = folder(work).resolve(ProcessHandle.current().pid() + ".url");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "http://127.0.0.1:" + port + "/\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register the local Flink cluster in " + file, e);
        }
        file.toFile().deleteOnExit();
    }

    /** The clusters of JVMs still running, by name. */
    public static List<Entry> running(Path work) throws IOException {
        Path folder = folder(work);
        Map<String, Entry> entries = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.url")) {
            for (Path file : files) {
                String pid = file.getFileName().toString().replace(".url", "");
                if (!pid.matches("\\d+") || ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    continue;
                }
                URI rest = URI.create(Files.readString(file, StandardCharsets.UTF_8).trim());
                entries.put("local:" + rest.getPort(), new Entry("local:" + rest.getPort(), rest));
            }
        }
        return new ArrayList<>(entries.values());
    }

    private static Path folder(Path work) {
        return work.resolve("flink").resolve("clusters");
    }
}
