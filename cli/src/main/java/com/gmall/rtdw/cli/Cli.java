package com.gmall.rtdw.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Parses a {@code bin/gmall} command line against {@link GmallCommand} and runs the command with
 * the handler the calling module registered for it. One parser, one help and one meaning of the
 * exit status (0 done, 1 failed, 2 the command line is wrong) for every command; {@link #main} ends
 * the JVM, so a command is over when its work is, whatever threads its libraries leave behind.
 */
public final class Cli {
    /** Wide enough for the longest option's description on one line where it fits. */
    static final int HELP_WIDTH = 110;

    private final Map<Class<?>, Handler<?>> handlers = new HashMap<>();

    /** What this program does for {@code command}'s options. */
    public <T> Cli on(Class<T> command, Handler<T> handler) {
        handlers.put(command, handler);
        return this;
    }

    /**
     * Runs {@code args} (the command's name first) and ends the JVM with the command's exit status.
     */
    public void main(String[] args) {
        int status =
                run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.out.flush();
        System.exit(status);
    }

    /** Runs {@code args}; returns the exit status. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = commandLine();
        String name = args.length > 0 ? args[0] : "gmall";
        try {
            ParseResult parsed = line.parseArgs(GenOptions.withScenario(args));
            ParseResult leaf = parsed;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            if (leaf.isUsageHelpRequested()) {
                leaf.commandSpec().commandLine().usage(out);
                return 0;
            }
            if (!leaf.commandSpec().subcommands().isEmpty() || leaf == parsed) {
                throw new ParameterException(leaf.commandSpec().commandLine(), "which command?");
            }
            name = leaf.commandSpec().qualifiedName(" ").replaceFirst("^gmall ", "");
            return handle(leaf.commandSpec().userObject());
        } catch (ParameterException e) {
            err.println(
                    e.getCommandLine().getCommandSpec().qualifiedName(" ") + ": " + e.getMessage());
            e.getCommandLine().usage(err);
            return 2;
        } catch (UsageException e) {
            err.println("gmall " + name + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println(
                    "gmall "
                            + name
                            + ": "
                            + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    /**
     * Parses {@code args} (the command's name first) as {@code type}'s options, for code that runs
     * a command.
     */
    public static <T> T parse(Class<T> type, String... args) {
        try {
            ParseResult leaf = commandLine().parseArgs(GenOptions.withScenario(args));
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            return type.cast(leaf.commandSpec().userObject());
        } catch (ParameterException e) {
            throw new UsageException(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private <T> int handle(T command) throws Exception {
        Handler<T> handler = (Handler<T>) handlers.get(command.getClass());
        if (handler == null) {
            throw new IllegalStateException(
                    "this program does not run "
                            + command.getClass().getSimpleName()
                            + " (bin/gmall runs each command with the module that holds it)");
        }
        return handler.run(command);
    }

    /** The whole command tree, fresh (picocli fills the option objects in place). */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new GmallCommand());
        line.setUsageHelpWidth(HELP_WIDTH);
        // gen --scenario: the scenario's options come first, and the ones given after it override
        // them
        line.getSubcommands().get("gen").setOverwrittenOptionsAllowed(true);
        return line;
    }
}
