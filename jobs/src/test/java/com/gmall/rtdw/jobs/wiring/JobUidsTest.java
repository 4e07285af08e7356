package com.gmall.rtdw.jobs.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmall.rtdw.jobs.runtime.GmallJob;
import com.gmall.rtdw.jobs.runtime.JobCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/**
 * Every job's operators keep the uids they had before the jobs were wired through {@link JobWiring}
 * ({@code before-wiring/uids.txt}): a uid is where an operator's state is found in a checkpoint or
 * savepoint.
 */
class JobUidsTest {
    @Test
    void everyJobHasExactlyTheUidsItHadBeforeJobWiring() throws Exception {
        Map<String, Set<String>> before = earlierUids();
        assertThat(JobCatalog.inStartOrder()).hasSize(27);
        for (Supplier<GmallJob> supplier : JobCatalog.inStartOrder()) {
            GmallJob job = supplier.get();
            Set<String> now = new TreeSet<>();
            for (StreamNode node : ProductionGraphs.of(job).getStreamNodes()) {
                assertThat(node.getTransformationUID())
                        .as("%s: %s has a uid", job.name(), node.getOperatorName())
                        .isNotNull();
                now.add(node.getTransformationUID());
            }
            assertThat(now).as(job.name()).isEqualTo(before.get(job.name()));
        }
    }

    private static Map<String, Set<String>> earlierUids() throws IOException {
        try (InputStream in = JobUidsTest.class.getResourceAsStream("/before-wiring/uids.txt")) {
            List<String> lines =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream()
                    .map(line -> line.split(" "))
                    .collect(
                            Collectors.groupingBy(
                                    fields -> fields[0],
                                    Collectors.mapping(
                                            fields -> fields[1],
                                            Collectors.toCollection(TreeSet::new))));
        }
    }
}
