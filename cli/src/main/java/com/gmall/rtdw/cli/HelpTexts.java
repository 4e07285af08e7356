package com.gmall.rtdw.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;

/**
 * Every command's help as picocli prints it, one file per command under {@code cli/help/} ({@code
 * gmall.txt}, {@code gmall-topic-tail.txt}): bin/gmall prints these for {@code --help}, so help
 * needs no build. Written by {@code main} ({@code ./mvnw -pl cli compile exec:java}, or the test's
 * message says how), checked current by {@code HelpTextsTest}.
 */
public final class HelpTexts {
    private HelpTexts() {}

    /** File name to text, for every command. */
    public static Map<String, String> all() {
        Map<String, String> texts = new TreeMap<>();
        collect(Cli.commandLine(), "gmall", texts);
        return texts;
    }

    private static void collect(CommandLine line, String name, Map<String, String> texts) {
        texts.put(name + ".txt", line.getUsageMessage(CommandLine.Help.Ansi.OFF));
        for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
            collect(sub.getValue(), name + "-" + sub.getKey(), texts);
        }
    }

    /** Writes the files into {@code args[0]} (default cli/help under gmall.root). */
    public static void main(String[] args) throws IOException {
        Path folder =
                args.length > 0
                        ? Path.of(args[0])
                        : Path.of(System.getProperty("gmall.root", ".")).resolve("cli/help");
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<String, String> text : all().entrySet()) {
            Files.writeString(
                    folder.resolve(text.getKey()), text.getValue(), StandardCharsets.UTF_8);
        }
    }
}
