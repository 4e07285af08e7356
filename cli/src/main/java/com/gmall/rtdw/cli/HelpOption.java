package com.gmall.rtdw.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command: prints its help and does nothing else. */
public final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "print this help and exit")
    boolean help;
}
