package com.gmall.rtdw.cluster.yarn;

import com.gmall.rtdw.cli.UsageException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.yarn.YarnClusterDescriptor;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/** The Flink applications running on YARN, their jobs, and stopping one with a savepoint. */
public final class YarnApplications {
    private static final Set<String> FLINK = Set.of("Apache Flink");

    private final YarnConfiguration yarn;

    public YarnApplications(YarnConfiguration yarn) {
        this.yarn = yarn;
    }

    /** One running (or starting) Flink application and its jobs (none while it starts). */
    public record Application(
            ApplicationId id,
            String name,
            YarnApplicationState state,
            String trackingUrl,
            List<JobStatusMessage> jobs) {}

    public List<Application> list() throws Exception {
        List<Application> applications = new ArrayList<>();
        YarnClient client = YarnClient.createYarnClient();
        client.init(yarn);
        client.start();
        try {
            for (ApplicationReport report :
                    client.getApplications(
                            FLINK,
                            EnumSet.of(
                                    YarnApplicationState.ACCEPTED, YarnApplicationState.RUNNING))) {
                List<JobStatusMessage> jobs =
                        report.getYarnApplicationState() == YarnApplicationState.RUNNING
                                ? jobs(report.getApplicationId())
                                : List.of();
                applications.add(
                        new Application(
                                report.getApplicationId(),
                                report.getName(),
                                report.getYarnApplicationState(),
                                report.getTrackingUrl(),
                                jobs));
            }
        } finally {
            client.stop();
        }
        return applications;
    }

    /** The running application of a job we submitted ({@code gmall <job>}), or a clear error. */
    public Application ofJob(String job) throws Exception {
        List<Application> matches =
                list().stream()
                        .filter(a -> a.name().equals(YarnSubmitter.APPLICATION_PREFIX + job))
                        .toList();
        if (matches.size() != 1) {
            throw new UsageException(
                    matches.isEmpty()
                            ? "no running YARN application for job "
                                    + job
                                    + " (bin/gmall list shows what runs)"
                            : "several YARN applications run job "
                                    + job
                                    + ": "
                                    + matches.stream().map(a -> a.id().toString()).toList()
                                    + "; stop the extra ones by id");
        }
        return matches.get(0);
    }

    /**
     * Stops the application's job with a savepoint under {@code savepointDir} (Flink's stop:
     * sources end, the last transactions commit, so resuming from it neither loses nor repeats a
     * record); the per-job application then ends. Returns the savepoint's path.
     */
    public String stopWithSavepoint(Application application, String savepointDir) throws Exception {
        try (YarnClusterDescriptor descriptor =
                        YarnSubmitter.descriptor(new Configuration(), yarn);
                ClusterClient<ApplicationId> client =
                        descriptor.retrieve(application.id()).getClusterClient()) {
            Collection<JobStatusMessage> jobs = client.listJobs().get(1, TimeUnit.MINUTES);
            JobStatusMessage job =
                    jobs.stream()
                            .filter(j -> !j.getJobState().isGloballyTerminalState())
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "application "
                                                            + application.id()
                                                            + " runs no job"));
            return client.stopWithSavepoint(job.getJobId(), false, savepointDir)
                    .get(10, TimeUnit.MINUTES);
        }
    }

    private List<JobStatusMessage> jobs(ApplicationId id) {
        try (YarnClusterDescriptor descriptor =
                        YarnSubmitter.descriptor(new Configuration(), yarn);
                ClusterClient<ApplicationId> client = descriptor.retrieve(id).getClusterClient()) {
            return new ArrayList<>(client.listJobs().get(30, TimeUnit.SECONDS));
        } catch (Exception e) {
            return List.of();
        }
    }
}
