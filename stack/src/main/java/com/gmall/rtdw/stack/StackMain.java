package com.gmall.rtdw.stack;

import com.gmall.rtdw.check.CheckCommand;
import com.gmall.rtdw.cli.CheckOptions;
import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.GenOptions;
import com.gmall.rtdw.cli.StackCommands;
import com.gmall.rtdw.cli.UsageException;
import com.gmall.rtdw.registry.Tables;
import com.gmall.rtdw.report.ReportCommand;
import com.gmall.rtdw.runtime.DwsDdl;
import com.gmall.rtdw.runtime.config.GmallOptions;
import com.gmall.rtdw.sim.GenCommand;
import com.gmall.rtdw.sim.SimListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The Java side of the stack's {@code bin/gmall} commands: {@code up}, {@code down}, {@code stop},
 * {@code status}, {@code reset}, {@code sql}, {@code gen}, {@code check}, {@code topic} and {@code
 * ddl}, parsed by {@link Cli} (exit status 0 done, 1 failed with the message saying which server
 * and why, 2 the command line is wrong).
 */
public final class StackMain {
    private StackMain() {}

    /** {@code args}: the command's name and its options, as given to bin/gmall. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath().normalize();
        new Cli()
                .on(StackCommands.Up.class, c -> run(root, Stack::up))
                .on(StackCommands.Down.class, c -> run(root, Stack::down))
                .on(StackCommands.Stop.class, c -> run(root, stack -> stack.stop(c.server, c.kill)))
                .on(StackCommands.Status.class, c -> run(root, Stack::status))
                .on(StackCommands.Reset.class, c -> run(root, Stack::reset))
                .on(StackCommands.Sql.class, c -> sql(settings(root), c))
                .on(
                        GenOptions.class,
                        c -> {
                            GenCommand.run(settings(root), c, System.out, SimListener.NONE);
                            return 0;
                        })
                .on(
                        CheckOptions.class,
                        c -> CheckCommand.run(settings(root), c, System.out) ? 0 : 1)
                .on(
                        StackCommands.Topic.Tail.class,
                        c -> {
                            TopicTail.tail(settings(root), c, System.out);
                            return 0;
                        })
                .on(
                        StackCommands.Topic.Dlq.class,
                        c -> {
                            TopicTail.listDeadLetters(settings(root), System.out);
                            return 0;
                        })
                .on(StackCommands.Ddl.Apply.class, c -> ddl(settings(root)))
                .on(StackCommands.Report.class, c -> ReportCommand.run(settings(root)))
                .main(args);
    }

    private interface StackAction {
        void on(Stack stack) throws Exception;
    }

    private static int run(Path root, StackAction action) throws Exception {
        action.on(new Stack(settings(root), new Output(System.out)));
        return 0;
    }

    private static StackSettings settings(Path root) {
        return StackSettings.load(root, System.getenv());
    }

    private static int ddl(StackSettings settings) throws Exception {
        List<String> tables =
                DwsDdl.apply(
                        settings.config().clickHouse(),
                        Tables.all(),
                        settings.config().timeZone(),
                        line -> System.out.println("ddl: " + line));
        System.out.printf(
                "ddl: %d DWS tables in ClickHouse database %s: %s%n",
                tables.size(),
                settings.config().get(GmallOptions.CLICKHOUSE_DATABASE),
                String.join(", ", tables));
        return 0;
    }

    private static int sql(StackSettings settings, StackCommands.Sql command) throws Exception {
        String query = command.query().isPresent() ? command.query().get() : readStdin(System.in);
        if (query.isBlank()) {
            throw new UsageException("no query given (as an argument or on standard input)");
        }
        new SqlShell(settings).run(command.engine, query, System.out);
        return 0;
    }

    private static String readStdin(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
