package com.gmall.rtdw.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bin/gmall}: the one command line of gmall-rtdw. */
@Command(
        name = "gmall",
        description = "The one command line of gmall-rtdw. Every command takes --help.",
        subcommands = {
            StackCommands.Up.class,
            StackCommands.Down.class,
            StackCommands.Stop.class,
            StackCommands.Status.class,
            StackCommands.Reset.class,
            StackCommands.Sql.class,
            GenOptions.class,
            CheckOptions.class,
            StackCommands.Topic.class,
            LocalCommands.Run.class,
            LocalCommands.Demo.class,
            StackCommands.Ddl.class,
            StackCommands.Report.class,
            LocalCommands.Bench.class,
            ClusterCommands.Submit.class,
            ClusterCommands.Cancel.class,
            ClusterCommands.ListApplications.class,
            ClusterCommands.Monitor.class
        },
        synopsisSubcommandLabel = "COMMAND",
        footer = {
            "",
            "Exit status: 0 done; 1 failed (bin/gmall check: a day differs); 2 the command line is wrong "
                    + "(unknown command or option, a missing or bad value, an unknown job, server or topic, or a start "
                    + "that needs --fresh or --from-savepoint).",
            "Build and test with Maven: `./mvnw -B verify` (see README.md)."
        })
public final class GmallCommand {
    @Mixin HelpOption help;
}
