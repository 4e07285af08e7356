package com.gmall.rtdw.cli;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The local stack's commands (run by the stack module). */
public final class StackCommands {
    private StackCommands() {}

    @Command(
            name = "up",
            header =
                    "start the local stack (Kafka, MariaDB, HBase + Phoenix, Redis, ClickHouse) on loopback",
            description = {
                "Starts the local stack on loopback (Kafka, MariaDB, HBase + Phoenix, Redis, "
                        + "ClickHouse), with data under GMALL_HOME (default .gmall/ in the repository) and ports from "
                        + "conf/local.properties. Installs missing Debian packages when run as root. Waits until each server "
                        + "answers a real client; on a failure names the server and prints the end of its log. Servers already "
                        + "running are left alone."
            })
    public static final class Up {
        @Mixin HelpOption help;
    }

    @Command(
            name = "down",
            header = "stop what `up` started",
            description = {
                "Stops the servers `up` started (by their pid files), cleanly. Data stays "
                        + "(Redis, a cache, keeps none); `up` starts them again."
            })
    public static final class Down {
        @Mixin HelpOption help;
    }

    @Command(
            name = "stop",
            header = "stop one server as an outage would (`up` starts it again)",
            description = {
                "Stops one server of the local stack as an outage would: cleanly, or with "
                        + "SIGKILL (--kill). The jobs wait for it (docs/operations.md); `up` starts it again."
            })
    public static final class Stop {
        @Mixin HelpOption help;

        @Parameters(
                paramLabel = "SERVER",
                description = "mariadb, redis, clickhouse, kafka, hbase or flume")
        public String server;

        @Option(names = "--kill", description = "SIGKILL instead of a clean stop")
        public boolean kill;
    }

    @Command(
            name = "status",
            header = "one line per server, then every running job",
            description = {
                "One line per server: up/down, pid, address, size of its folder; then "
                        + "every running job (local runs and clusters bin/gmall monitor finds)."
            })
    public static final class Status {
        @Mixin HelpOption help;
    }

    @Command(
            name = "reset",
            header = "stop the stack and delete its work folder (GMALL_HOME, default .gmall/)",
            description = {
                "Stops the stack and deletes the work folder (GMALL_HOME): all data of the "
                        + "local stack is lost. Only a folder `up` made (it holds a .gmall-work-folder file) is deleted."
            })
    public static final class Reset {
        @Mixin HelpOption help;
    }

    @Command(
            name = "sql",
            header = "run a query on mariadb, clickhouse or phoenix and print the result",
            description = {
                "Runs one statement against the local server and prints the result as a "
                        + "table. Without a query argument the statement is read from standard input. MariaDB starts in database "
                        + "gmall, ClickHouse in the warehouse database (gmall_rtdw), Phoenix schemas are explicit "
                        + "(GMALL_REALTIME.DIM_...)."
            })
    public static final class Sql {
        @Mixin HelpOption help;

        @Parameters(
                index = "0",
                paramLabel = "ENGINE",
                description = "mariadb, clickhouse or phoenix")
        public String engine;

        @Parameters(
                index = "1",
                arity = "0..1",
                paramLabel = "QUERY",
                description = "the statement (default: " + "standard input)")
        String query;

        public Optional<String> query() {
            return Optional.ofNullable(query);
        }
    }

    @Command(
            name = "ddl",
            header = "the DWS tables' DDL: apply",
            description = "The DWS tables' DDL in ClickHouse.",
            subcommands = Ddl.Apply.class,
            synopsisSubcommandLabel = "apply")
    public static final class Ddl {
        @Mixin HelpOption help;

        @Command(
                name = "apply",
                header = "create the DWS tables in ClickHouse from the generated DDL",
                description = {
                    "Creates the DWS tables in ClickHouse (the warehouse database, "
                            + "gmall_rtdw) from the generated DDL in ddl/clickhouse, with window times (stt, edt) in the "
                            + "shop's zone (warehouse.time-zone). A table whose window columns declare no zone or another "
                            + "one is copied into one that declares it and swapped in with RENAME TABLE; rows the jobs "
                            + "write meanwhile are copied after the swap. A table that lacks columns added to its "
                            + "definition since it went live gets them (the ALTER TABLE ... ADD COLUMN lines of its DDL "
                            + "file). A line per change is printed; applying twice changes nothing."
                })
        public static final class Apply {
            @Mixin HelpOption help;
        }
    }

    @Command(
            name = "topic",
            header = "read the warehouse's topics: tail TOPIC, dlq",
            description = "Reads the warehouse's Kafka topics.",
            subcommands = {Topic.Tail.class, Topic.Dlq.class},
            synopsisSubcommandLabel = "(tail | dlq)")
    public static final class Topic {
        @Mixin HelpOption help;

        @Command(
                name = "tail",
                header = "print the last records of a topic, decoded, as JSON",
                description = {
                    "Prints the last N committed records of each partition of a topic of "
                            + "the registry, decoded with its generated serde, one JSON object per line. A record that does not "
                            + "decode is printed as text with the reason. A dead-letter topic (dlq_<job>, dlq_flume) prints its "
                            + "records as they are: JSON objects with the job, the reason, the source topic, table or file, "
                            + "partition, offset and the original."
                })
        public static final class Tail {
            @Mixin HelpOption help;

            @Parameters(
                    paramLabel = "TOPIC",
                    description = "a topic of the registry or a dead-letter topic")
            public String topic;

            @Option(
                    names = "-n",
                    paramLabel = "N",
                    description = "records per partition (default: ${DEFAULT-VALUE})")
            public int last = 10;

            @Option(
                    names = {"-f", "--follow"},
                    description = "keep printing new records (Ctrl-C stops)")
            public boolean follow;
        }

        @Command(
                name = "dlq",
                header = "list every dead-letter topic with how many records it holds",
                description = "Lists every dead-letter topic with how many records it holds.")
        public static final class Dlq {
            @Mixin HelpOption help;
        }
    }

    @Command(
            name = "report",
            header = "serve the live report page and its JSON API on loopback",
            description = {
                "Serves the report page on http://127.0.0.1:<report.port>/ (18090 in the local profile): today's "
                        + "orders and GMV per window, provinces, top SPUs, the traffic funnel, traffic by channel and "
                        + "version, search keywords, users, and each table's freshness and each job's dead letters, read "
                        + "from ClickHouse with FINAL and refreshed every 10 s. Every panel is also a JSON endpoint, "
                        + "/api/<panel>[?day=YYYY-MM-DD] (docs/operations.md#the-report-page). Runs until Ctrl-C."
            })
    public static final class Report {
        @Mixin HelpOption help;
    }
}
