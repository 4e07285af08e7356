package com.gmall.rtdw.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up} refuses, before starting anything, a port held by a program it did not start. */
class StackPortConflictTest {
    @TempDir Path home;

    @Test
    void aTakenPortStopsUpBeforeAnythingStarts() throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = squatter.getLocalPort();
            StackSettings settings =
                    StackSettings.load(
                            Path.of(System.getProperty("gmall.root", "..")),
                            Map.of(
                                    "GMALL_HOME",
                                    home.toString(),
                                    "GMALL_REDIS_PORT",
                                    Integer.toString(port)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Stack stack =
                    new Stack(
                            settings,
                            new Output(new PrintStream(out, true, StandardCharsets.UTF_8)));

            try {
                assertThatThrownBy(stack::up)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("redis (port " + port + ")")
                        .hasMessageContaining("choose other ports in conf/local.properties");
                assertThat(stack.runningProcesses()).isEmpty();
            } finally {
                stack.down();
            }
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("starting");
            assertThat(Files.exists(home.resolve("run"))).isFalse();
        }
    }
}
