package com.gmall.rtdw.stack;

import com.gmall.rtdw.check.CheckCommand;
import com.gmall.rtdw.sim.GenCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Java side of {@code bin/gmall}: {@code up}, {@code down}, {@code status}, {@code reset}, {@code sql},
 * {@code gen} and {@code topic}. Exit code 1 for a failure (the message says which server and why), 2 for a usage error.
 */
public final class StackMain {
    private static final Map<String, String> HELP = Map.of(
            "up", """
                    usage: bin/gmall up
                    Starts the local stack on loopback (Kafka, MariaDB, HBase + Phoenix, Redis, ClickHouse), with data
                    under GMALL_HOME (default .gmall/ in the repository) and ports from conf/local.properties. Installs
                    missing Debian packages when run as root. Waits until each server answers a real client; on a
                    failure names the server and prints the end of its log. Servers already running are left alone.""",
            "down", """
                    usage: bin/gmall down
                    Stops the servers `up` started (by their pid files), cleanly. Data stays (Redis, a cache, keeps
                    none); `up` starts them again.""",
            "stop", """
                    usage: bin/gmall stop SERVER [--kill]
                    Stops one server of the local stack (mariadb, redis, clickhouse, kafka, hbase, flume) as an outage
                    would: cleanly, or with SIGKILL (--kill). The jobs wait for it (docs/operations.md); `up` starts
                    it again.""",
            "status", """
                    usage: bin/gmall status
                    One line per server: up/down, pid, address, size of its folder.""",
            "reset", """
                    usage: bin/gmall reset
                    Stops the stack and deletes the work folder (GMALL_HOME): all data of the local stack is lost.
                    Only a folder `up` made (it holds a .gmall-work-folder file) is deleted.""",
            "sql", """
                    usage: bin/gmall sql mariadb|clickhouse|phoenix ["<query>"]
                    Runs one statement against the local server and prints the result as a table. Without a query
                    argument the statement is read from standard input. MariaDB starts in database gmall, ClickHouse
                    in the warehouse database (gmall_rtdw), Phoenix schemas are explicit (GMALL_REALTIME.DIM_...).""",
            "topic", """
                    usage: bin/gmall topic tail TOPIC [-n N] [--follow]
                           bin/gmall topic dlq
                    tail: prints the last N (default 10) committed records of each partition of a topic of the
                    registry, decoded with its generated serde, one JSON object per line; --follow keeps printing
                    new ones (Ctrl-C stops). A record that does not decode is printed as text with the reason. A
                    dead-letter topic (dlq_<job>, dlq_flume) prints its records as they are: JSON objects with
                    the job, the reason, the source topic, table or file, partition, offset and the original.
                    dlq: lists every dead-letter topic with how many records it holds.""",
            "ddl", """
                    usage: bin/gmall ddl apply
                    Creates the DWS tables in ClickHouse (the warehouse database, gmall_rtdw) from the generated DDL
                    in ddl/clickhouse. Tables that exist are left as they are.""");

    private StackMain() {}

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath().normalize();
        if (args.length == 0) {
            usage();
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            if (command.equals("gen")) {
                GenCommand.printHelp(System.out);
            } else if (command.equals("check")) {
                System.out.println(CheckCommand.HELP);
            } else {
                System.out.println(HELP.getOrDefault(command, "gmall: no help for '" + command + "'"));
            }
            return;
        }
        try {
            StackSettings settings = StackSettings.load(root, System.getenv());
            Stack stack = new Stack(settings, new Output(System.out));
            switch (command) {
                case "up" -> stack.up();
                case "down" -> stack.down();
                case "stop" -> stop(stack, rest);
                case "status" -> stack.status();
                case "reset" -> stack.reset();
                case "sql" -> sql(settings, rest);
                case "gen" -> GenCommand.run(settings, rest, System.out);
                case "check" -> {
                    if (!CheckCommand.run(settings, rest, System.out)) {
                        System.exit(1);
                    }
                }
                case "topic" -> TopicTail.run(settings, rest, System.out);
                case "ddl" -> ddl(settings, rest);
                default -> usage();
            }
        } catch (IllegalArgumentException e) {
            System.err.println("gmall " + command + ": " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("gmall " + command + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.exit(1);
        }
        System.exit(0);
    }

    private static void ddl(StackSettings settings, List<String> args) throws Exception {
        if (!args.equals(List.of("apply"))) {
            throw new IllegalArgumentException("usage: bin/gmall ddl apply");
        }
        List<String> tables = com.gmall.rtdw.runtime.DwsDdl.apply(settings.config().clickHouse(),
                com.gmall.rtdw.registry.Tables.all());
        System.out.printf("ddl: %d DWS tables in ClickHouse database %s: %s%n", tables.size(),
                settings.config().get(com.gmall.rtdw.runtime.config.GmallOptions.CLICKHOUSE_DATABASE),
                String.join(", ", tables));
    }

    private static void sql(StackSettings settings, List<String> args) throws Exception {
        if (args.isEmpty() || args.size() > 2) {
            throw new IllegalArgumentException("usage: bin/gmall sql mariadb|clickhouse|phoenix [\"<query>\"]");
        }
        String query = args.size() == 2 ? args.get(1) : readStdin(System.in);
        if (query.isBlank()) {
            throw new IllegalArgumentException("no query given (as an argument or on standard input)");
        }
        new SqlShell(settings).run(args.get(0), query, System.out);
    }

    private static String readStdin(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void stop(Stack stack, List<String> args) {
        if (args.isEmpty() || args.size() > 2 || (args.size() == 2 && !args.get(1).equals("--kill"))) {
            throw new IllegalArgumentException("usage: bin/gmall stop SERVER [--kill]");
        }
        stack.stop(args.get(0), args.size() == 2);
    }

    private static void usage() {
        System.err.println("usage: bin/gmall up|down|stop|status|reset|sql|gen|topic|ddl [--help]");
        System.exit(2);
    }
}
