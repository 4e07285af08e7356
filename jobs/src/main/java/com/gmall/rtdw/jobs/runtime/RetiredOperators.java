package com.gmall.rtdw.jobs.runtime;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.state.CompletedCheckpointStorageLocation;
import org.apache.flink.runtime.state.filesystem.AbstractFsCheckpointStorageAccess;
import org.apache.flink.shaded.guava18.com.google.common.hash.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a job whose earlier version had operators it no longer has ({@link
 * GmallJob#retiredUids()}). Flink refuses a savepoint holding state it cannot map, unless told to
 * leave unclaimed state behind, which would also hide a uid changed by mistake. So the restore
 * leaves state behind only when the savepoint holds state of a retired operator, and says which;
 * any other unmapped state still fails the restore.
 */
public final class RetiredOperators {
    private static final Logger LOG = LoggerFactory.getLogger(RetiredOperators.class);

    private RetiredOperators() {}

    /**
     * The operator id Flink derives from a uid (StreamGraphHasherV2: Murmur3 128 of the uid's UTF-8
     * bytes).
     */
    public static OperatorID idOf(String uid) {
        return new OperatorID(
                Hashing.murmur3_128(0)
                        .newHasher()
                        .putString(uid, StandardCharsets.UTF_8)
                        .hash()
                        .asBytes());
    }

    /**
     * Whether restoring {@code job} from {@code path} (a savepoint or retained checkpoint) must
     * leave state behind: true when it holds state of the job's retired operators.
     */
    public static boolean leaveStateBehind(GmallJob job, String path) throws IOException {
        if (job.retiredUids().isEmpty()) {
            return false;
        }
        Map<OperatorID, String> retired =
                job.retiredUids().stream()
                        .collect(Collectors.toMap(RetiredOperators::idOf, Function.identity()));
        List<String> found = new ArrayList<>();
        for (OperatorState operator : metadata(path).getOperatorStates()) {
            String uid = retired.get(operator.getOperatorID());
            if (uid != null
                    && (operator.getCoordinatorState() != null
                            || operator.getStates().stream().anyMatch(s -> s.hasState()))) {
                found.add(uid);
            }
        }
        if (!found.isEmpty()) {
            LOG.warn(
                    "{}: {} holds state of operators this version no longer has, left behind: {}",
                    job.name(),
                    path,
                    found);
        }
        return !found.isEmpty();
    }

    private static CheckpointMetadata metadata(String path) throws IOException {
        CompletedCheckpointStorageLocation location =
                AbstractFsCheckpointStorageAccess.resolveCheckpointPointer(path);
        try (InputStream in = location.getMetadataHandle().openInputStream()) {
            return Checkpoints.loadCheckpointMetadata(
                    new DataInputStream(in), RetiredOperators.class.getClassLoader(), path);
        }
    }
}
