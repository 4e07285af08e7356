package com.gmall.rtdw.jobs.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobCatalog;
import com.gmall.rtdw.jobs.runtime.RetiredOperators;
import java.io.DataInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.flink.runtime.OperatorIDPair;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.junit.jupiter.api.Test;

/**
 * A checkpoint every job took before it was wired through {@link JobWiring} ({@code
 * before-wiring/<job>/_metadata}) maps onto the job as it is now: each operator state in it belongs
 * to an operator of today's job graph, the check Flink makes before it restores a savepoint or
 * retained checkpoint without {@code --allowNonRestoredState}.
 */
class EarlierCheckpointsTest {
    @Test
    void everyOperatorStateOfAnEarlierCheckpointHasItsOperatorInTodaysJob() throws Exception {
        for (Supplier<GmallJob> supplier : JobCatalog.inStartOrder()) {
            GmallJob job = supplier.get();
            CheckpointMetadata earlier = metadata(job.name());
            assertThat(earlier.getOperatorStates()).as(job.name()).isNotEmpty();
            Set<OperatorID> operators = operatorIds(job);
            for (String retired : job.retiredUids()) {
                operators.add(
                        RetiredOperators.idOf(
                                retired)); // left behind on purpose (RetiredOperators)
            }
            for (OperatorState state : earlier.getOperatorStates()) {
                assertThat(operators)
                        .as("%s: the operator of state %s", job.name(), state)
                        .contains(state.getOperatorID());
            }
        }
    }

    private static Set<OperatorID> operatorIds(GmallJob job) throws Exception {
        Set<OperatorID> ids = new HashSet<>();
        for (JobVertex vertex : ProductionGraphs.of(job).getJobGraph().getVertices()) {
            for (OperatorIDPair pair : vertex.getOperatorIDs()) {
                ids.add(pair.getGeneratedOperatorID());
                pair.getUserDefinedOperatorID().ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static CheckpointMetadata metadata(String job) throws Exception {
        URL file = EarlierCheckpointsTest.class.getResource("/before-wiring/" + job + "/_metadata");
        assertThat(file).as("the earlier checkpoint of %s", job).isNotNull();
        Path folder = Path.of(file.toURI()).getParent();
        try (InputStream in = Files.newInputStream(folder.resolve("_metadata"))) {
            return Checkpoints.loadCheckpointMetadata(
                    new DataInputStream(in),
                    EarlierCheckpointsTest.class.getClassLoader(),
                    folder.toUri().toString());
        }
    }
}
