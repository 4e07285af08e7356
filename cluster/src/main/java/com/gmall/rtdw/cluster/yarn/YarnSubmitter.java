package com.gmall.rtdw.cluster.yarn;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.client.deployment.ClusterSpecification;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.client.program.ClusterClientProvider;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.DeploymentOptionsInternal;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.yarn.YarnClientYarnClusterInformationRetriever;
import org.apache.flink.yarn.YarnClusterClientFactory;
import org.apache.flink.yarn.YarnClusterDescriptor;
import org.apache.flink.yarn.configuration.YarnConfigOptions;
import org.apache.flink.yarn.configuration.YarnDeploymentTarget;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/**
 * Deploys one job as its own YARN application (per-job mode) without a Flink installation: the
 * job's main runs here, as {@code flink run} would run it, to build its job graph; then {@link
 * YarnClusterDescriptor} starts a JobManager for it from our Flink runtime jar.
 */
public final class YarnSubmitter {
    /**
     * The name of every application we start: {@code gmall <job>}, how list and cancel find a job
     * again.
     */
    public static final String APPLICATION_PREFIX = "gmall ";

    private final Deployment deployment;
    private final YarnConfiguration yarn;

    public YarnSubmitter(Deployment deployment, YarnConfiguration yarn) {
        this.deployment = deployment;
        this.yarn = yarn;
    }

    /** What a submission started. */
    public record Submitted(ApplicationId application, String webInterface, String jobId) {}

    /**
     * @param mainClass the job's main class in the jobs jar
     * @param arguments its arguments ({@code --conf FILE})
     * @param savepoint a savepoint or retained checkpoint to resume from, or null
     * @param leaveStateBehind whether it holds state of operators the job no longer has ({@link
     *     RetiredOperatorsOfJar})
     * @param settings Flink settings over conf/flink's ({@link HighAvailability})
     */
    public Submitted submit(
            String job,
            String mainClass,
            List<String> arguments,
            String savepoint,
            boolean leaveStateBehind,
            Map<String, String> settings)
            throws Exception {
        Configuration flink = flinkConfiguration(job);
        settings.forEach(flink::setString);
        SavepointRestoreSettings restore =
                savepoint == null
                        ? SavepointRestoreSettings.none()
                        : SavepointRestoreSettings.forPath(savepoint, leaveStateBehind);
        SavepointRestoreSettings.toConfiguration(restore, flink);
        PackagedProgram program =
                PackagedProgram.newBuilder()
                        .setJarFile(deployment.jobsJar().toFile())
                        .setEntryPointClassName(mainClass)
                        .setArguments(arguments.toArray(String[]::new))
                        .setConfiguration(flink)
                        .setSavepointRestoreSettings(restore)
                        .build();
        JobGraph graph;
        try {
            graph = PackagedProgramUtils.createJobGraph(program, flink, 1, false);
        } finally {
            program.close();
        }
        ClusterSpecification specification =
                new YarnClusterClientFactory().getClusterSpecification(flink);
        try (YarnClusterDescriptor descriptor = descriptor(flink, yarn)) {
            ClusterClientProvider<ApplicationId> provider =
                    descriptor.deployJobCluster(specification, graph, true);
            try (ClusterClient<ApplicationId> client = provider.getClusterClient()) {
                return new Submitted(
                        client.getClusterId(),
                        client.getWebInterfaceURL(),
                        graph.getJobID().toString());
            }
        }
    }

    /**
     * conf/flink/flink-conf.yaml plus what this deployment decides: target, jars, application name.
     */
    Configuration flinkConfiguration(String job) {
        Path conf = deployment.flinkConfDir().toAbsolutePath();
        Configuration flink = GlobalConfiguration.loadConfiguration(conf.toString());
        flink.set(DeploymentOptions.TARGET, YarnDeploymentTarget.PER_JOB.getName());
        flink.set(DeploymentOptions.ATTACHED, false);
        // the folder whose log4j.properties the containers log with
        flink.set(DeploymentOptionsInternal.CONF_DIR, conf.toString());
        flink.set(
                YarnConfigOptions.FLINK_DIST_JAR,
                deployment.flinkDistJar().toAbsolutePath().toString());
        flink.set(
                PipelineOptions.JARS,
                List.of(deployment.jobsJar().toAbsolutePath().toUri().toString()));
        flink.set(YarnConfigOptions.APPLICATION_NAME, APPLICATION_PREFIX + job);
        flink.set(YarnConfigOptions.APPLICATION_TYPE, "Apache Flink");
        return flink;
    }

    static YarnClusterDescriptor descriptor(Configuration flink, YarnConfiguration yarn) {
        YarnClient client = YarnClient.createYarnClient();
        client.init(yarn);
        client.start();
        return new YarnClusterDescriptor(
                flink,
                yarn,
                client,
                YarnClientYarnClusterInformationRetriever.create(client),
                false);
    }
}
