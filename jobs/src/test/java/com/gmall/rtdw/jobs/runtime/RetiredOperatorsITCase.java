package com.gmall.rtdw.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmall.rtdw.jobs.testing.StackClients;
import com.gmall.rtdw.jobs.testing.TestStack;
import com.gmall.rtdw.jobs.wiring.JobWiring;
import com.gmall.rtdw.runtime.config.GmallConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;
import org.apache.flink.streaming.api.functions.source.SourceFunction;
import org.junit.jupiter.api.Test;

/**
 * A job restored from a savepoint of its earlier version, which had an operator with state that
 * this version no longer has: it starts when the operator's uid is declared retired, and fails as
 * before when it is not (so a uid changed by mistake still stops the restore). In a MiniCluster,
 * through {@link LocalExecution}.
 */
class RetiredOperatorsITCase {
    /** Counts slowly, keeping its count in operator state. */
    static final class Counter implements SourceFunction<Long>, CheckpointedFunction {
        private volatile boolean running = true;
        private transient ListState<Long> state;
        private long count;

        @Override
        public void run(SourceContext<Long> out) throws Exception {
            while (running) {
                synchronized (out.getCheckpointLock()) {
                    out.collect(count++);
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void cancel() {
            running = false;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            state.update(List.of(count));
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            state =
                    context.getOperatorStateStore()
                            .getListState(new ListStateDescriptor<>("count", Types.LONG));
        }
    }

    /**
     * The job in three versions: with the counter {@code sourceUid}, and declaring {@code retired}.
     */
    record Version(String sourceUid, List<String> retired) implements GmallJob {
        @Override
        public String name() {
            return "RetiredOperatorsJob";
        }

        @Override
        public List<String> retiredUids() {
            return retired;
        }

        @Override
        public void build(JobWiring wiring) {
            wiring.env()
                    .addSource(new Counter())
                    .name("counter")
                    .uid(sourceUid)
                    .addSink(new DiscardingSink<>())
                    .name("discard")
                    .uid("discard");
        }
    }

    @Test
    void stateOfARetiredOperatorIsLeftBehindAndOnlyThat() throws Exception {
        GmallConfig config = TestStack.get().settings().config();
        Path folder = TestStack.get().folder("retired-operators");
        JobClient earlier =
                LocalExecution.start(
                        new Version("counter-before", List.of()), config, folder, null, 0);
        StackClients.await(
                "the earlier version running",
                () -> earlier.getJobStatus().get(),
                s -> s == JobStatus.RUNNING,
                Duration.ofMinutes(1));
        // tasks may still be starting: a savepoint is refused until they run
        String savepoint =
                StackClients.await(
                        "a savepoint of the earlier version",
                        () -> {
                            try {
                                return earlier.stopWithSavepoint(
                                                false,
                                                folder.resolve("savepoints").toUri().toString())
                                        .get(1, TimeUnit.MINUTES);
                            } catch (java.util.concurrent.ExecutionException notYet) {
                                Thread.sleep(500);
                                return null;
                            }
                        },
                        path -> path != null,
                        Duration.ofMinutes(1));
        assertThat(
                        RetiredOperators.leaveStateBehind(
                                new Version("counter", List.of("counter-before")), savepoint))
                .isTrue();

        assertThatThrownBy(
                        () ->
                                LocalExecution.start(
                                                new Version("counter", List.of()),
                                                config,
                                                folder,
                                                savepoint,
                                                0)
                                        .getJobExecutionResult()
                                        .get(1, TimeUnit.MINUTES))
                .hasStackTraceContaining("Failed to rollback to checkpoint/savepoint")
                .hasStackTraceContaining("Cannot map checkpoint/savepoint state");

        JobClient declared =
                LocalExecution.start(
                        new Version("counter", List.of("counter-before")),
                        config,
                        folder,
                        savepoint,
                        0);
        try {
            StackClients.await(
                    "the new version running",
                    () -> declared.getJobStatus().get(),
                    s -> s == JobStatus.RUNNING,
                    Duration.ofMinutes(1));
        } finally {
            declared.cancel().get(1, TimeUnit.MINUTES);
        }
    }
}
