package com.gmall.rtdw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Object> ran = new ArrayList<>();

    private int run(Cli cli, String... args) {
        return cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Cli stack() {
        return new Cli()
                .on(
                        StackCommands.Up.class,
                        up -> {
                            ran.add(up);
                            return 0;
                        })
                .on(
                        StackCommands.Topic.Tail.class,
                        tail -> {
                            ran.add(tail);
                            return tail.follow ? 1 : 0;
                        })
                .on(
                        LocalCommands.Run.class,
                        run -> {
                            throw new IllegalStateException("the job failed");
                        })
                .on(
                        LocalCommands.Demo.class,
                        demo -> {
                            demo.validated();
                            return 0;
                        });
    }

    @Test
    void helpOnAnyCommandPrintsItsHelpAndRunsNothing() {
        assertThat(run(stack(), "run", "DimApp", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: gmall run").contains("--fresh");
        assertThat(run(stack(), "topic", "tail", "-h")).isZero();
        assertThat(ran).isEmpty();
    }

    @Test
    void aCommandRunsWithItsParsedOptionsAndItsHandlersStatus() {
        assertThat(run(stack(), "topic", "tail", "dwd_trade_cart_add", "-n", "3")).isZero();
        StackCommands.Topic.Tail tail = (StackCommands.Topic.Tail) ran.get(0);
        assertThat(tail.topic).isEqualTo("dwd_trade_cart_add");
        assertThat(tail.last).isEqualTo(3);
        assertThat(run(stack(), "topic", "tail", "t", "--follow")).isEqualTo(1);
    }

    @Test
    void anUnknownOptionOrCommandOrABadValueIsAUsageError() {
        assertThat(run(stack(), "up", "--fast")).isEqualTo(2);
        assertThat(err.toString())
                .contains("gmall up: Unknown option: '--fast'")
                .contains("Usage: gmall up");
        assertThat(run(stack(), "upp")).isEqualTo(2);
        assertThat(run(stack(), "topic", "tail", "t", "-n", "many")).isEqualTo(2);
        assertThat(run(stack(), "run", "DimApp", "--fresh", "--from-savepoint", "/s")).isEqualTo(2);
        assertThat(run(stack(), "demo", "--rate", "0")).isEqualTo(2);
        assertThat(run(stack(), "topic")).as("a command group without its command").isEqualTo(2);
        assertThat(ran).isEmpty();
    }

    @Test
    void aFailureWhileRunningIsStatusOneWithItsMessage() {
        assertThat(run(stack(), "run", "DimApp")).isEqualTo(1);
        assertThat(err.toString()).contains("gmall run: the job failed");
    }

    @Test
    void aCommandThisProgramDoesNotRunIsAFailureNotSilence() {
        assertThat(run(stack(), "list")).isEqualTo(1);
        assertThat(err.toString()).contains("does not run");
    }

    @Test
    void aScenarioGivesGenItsOptionsAndLaterOnesOverrideThem() {
        GenOptions gen =
                Cli.parse(GenOptions.class, "gen", "--scenario", "e2e", "--paced", "--seed", "5");
        assertThat(gen.seed).isEqualTo(5);
        assertThat(gen.users).isEqualTo(60);
        assertThat(gen.events()).isEqualTo(3000);
        assertThat(gen.paced()).isTrue();
        assertThat(Cli.parse(GenOptions.class, "gen", "--scenario", "smoke").paced()).isFalse();
        assertThat(Cli.parse(GenOptions.class, "gen", "--rate", "10", "--minutes", "2").events())
                .isEqualTo(1200);
    }
}
