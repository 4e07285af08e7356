package com.gmall.rtdw.cluster;

import com.gmall.rtdw.cli.Cli;
import com.gmall.rtdw.cli.ClusterCommands;
import com.gmall.rtdw.cli.UsageException;
import com.gmall.rtdw.cluster.yarn.Deployment;
import com.gmall.rtdw.cluster.yarn.FlinkCliSubmit;
import com.gmall.rtdw.cluster.yarn.HighAvailability;
import com.gmall.rtdw.cluster.yarn.RetiredOperatorsOfJar;
import com.gmall.rtdw.cluster.yarn.YarnApplications;
import com.gmall.rtdw.cluster.yarn.YarnSubmitter;
import com.gmall.rtdw.runtime.RetainedState;
import com.gmall.rtdw.runtime.config.GmallConfig;
import com.gmall.rtdw.runtime.config.GmallOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/** {@code bin/gmall submit | cancel | list}: the jobs on a YARN cluster. */
public final class ClusterMain {
    private ClusterMain() {}

    /**
     * {@code args}: the command's name and its options, as given to bin/gmall (submit, cancel,
     * list).
     */
    public static void main(String[] args) {
        // Cli ends the JVM: Hadoop's and Flink's clients leave non-daemon threads behind
        new Cli()
                .on(ClusterCommands.Submit.class, ClusterMain::submit)
                .on(ClusterCommands.Cancel.class, ClusterMain::cancel)
                .on(ClusterCommands.ListApplications.class, ClusterMain::list)
                .main(args);
    }

    /** Returns the command's exit code: the Flink CLI's when it submits. */
    private static int submit(ClusterCommands.Submit options) throws Exception {
        String job = options.job;
        if (!options.target.equals("yarn-per-job")) {
            throw new UsageException(
                    "--target " + options.target + " is not supported; valid: yarn-per-job");
        }
        Path confFile = Path.of(options.conf).toAbsolutePath();
        GmallConfig config =
                GmallConfig.load(
                        confFile); // fails here, before deploying, on a missing or unknown key
        Deployment deployment = Deployment.ofRepository(root());
        String main = JobsJar.open(deployment.jobsJar()).mainClass(job);
        List<String> arguments = List.of("--conf", confFile.toString());
        String savepoint = options.start().savepoint().orElse(null);
        List<String> stateFolders = new ArrayList<>();
        for (String dir :
                List.of(
                        config.get(GmallOptions.FLINK_CHECKPOINT_DIR),
                        config.get(GmallOptions.FLINK_SAVEPOINT_DIR))) {
            if (!dir.isBlank()) {
                stateFolders.add(RetainedState.jobFolder(dir, job));
            }
        }
        try {
            RetainedState.checkStart("submit", job, savepoint, options.start().fresh, stateFolders);
        } catch (IllegalStateException refused) {
            throw new UsageException(refused.getMessage());
        }
        boolean leaveStateBehind =
                RetiredOperatorsOfJar.leaveStateBehind(deployment.jobsJar(), main, savepoint);
        String flinkHome = System.getenv("FLINK_HOME");
        if (flinkHome != null && !flinkHome.isBlank()) {
            FlinkCliSubmit cli = new FlinkCliSubmit(Path.of(flinkHome));
            cli.checkVersion();
            List<String> command =
                    cli.command(
                            job,
                            main,
                            deployment.jobsJar(),
                            arguments,
                            savepoint,
                            leaveStateBehind,
                            HighAvailability.flinkSettings(config));
            System.out.println("gmall submit: " + String.join(" ", command));
            return cli.run(command, deployment.flinkConfDir());
        }
        YarnConfiguration yarn = yarnConfiguration();
        System.out.printf(
                "gmall submit: deploying %s (%s) to YARN%s...%n",
                job, main, savepoint == null ? "" : " from " + savepoint);
        YarnSubmitter.Submitted submitted =
                new YarnSubmitter(deployment, yarn)
                        .submit(
                                job,
                                main,
                                arguments,
                                savepoint,
                                leaveStateBehind,
                                HighAvailability.flinkSettings(config));
        System.out.printf(
                "gmall submit: %s running as YARN application %s (job %s)%n  JobManager web: %s%n",
                job, submitted.application(), submitted.jobId(), submitted.webInterface());
        return 0;
    }

    private static int cancel(ClusterCommands.Cancel options) throws Exception {
        String job = options.job;
        String dir = options.savepointDir().orElse(null);
        if (dir == null && options.conf().isPresent()) {
            dir =
                    GmallConfig.load(Path.of(options.conf().get()))
                            .get(GmallOptions.FLINK_SAVEPOINT_DIR);
        }
        if (dir == null || dir.isBlank()) {
            throw new UsageException(
                    "where should the savepoint go? --savepoint DIR, or --conf FILE with "
                            + GmallOptions.FLINK_SAVEPOINT_DIR.key());
        }
        YarnApplications yarn = new YarnApplications(yarnConfiguration());
        YarnApplications.Application application = yarn.ofJob(job);
        // under a folder of the job's own, where submit finds it and refuses to start the job
        // without it
        String path = yarn.stopWithSavepoint(application, RetainedState.jobFolder(dir, job));
        System.out.printf(
                "gmall cancel: %s stopped (application %s); savepoint %s%n  resume: bin/gmall submit %s "
                        + "--conf FILE --from-savepoint %s%n",
                job, application.id(), path, job, path);
        return 0;
    }

    private static int list(ClusterCommands.ListApplications options) throws Exception {
        List<YarnApplications.Application> applications =
                new YarnApplications(yarnConfiguration()).list();
        if (applications.isEmpty()) {
            System.out.println("no Flink application running on YARN");
        }
        for (YarnApplications.Application a : applications) {
            System.out.printf("%s  %-40s %-9s %s%n", a.id(), a.name(), a.state(), a.trackingUrl());
            for (JobStatusMessage job : a.jobs()) {
                System.out.printf(
                        "    job %s  %-40s %s%n",
                        job.getJobId(), job.getJobName(), job.getJobState());
            }
        }
        return 0;
    }

    /** The cluster of HADOOP_CONF_DIR (or YARN_CONF_DIR), whose site files are read explicitly. */
    public static YarnConfiguration yarnConfiguration() {
        String dir = System.getenv("HADOOP_CONF_DIR");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("YARN_CONF_DIR");
        }
        if (dir == null || dir.isBlank()) {
            throw new UsageException(
                    "set HADOOP_CONF_DIR to the folder of the cluster's core-site.xml "
                            + "and yarn-site.xml");
        }
        YarnConfiguration yarn = new YarnConfiguration();
        for (String site : List.of("core-site.xml", "hdfs-site.xml", "yarn-site.xml")) {
            Path file = Path.of(dir, site);
            if (Files.isRegularFile(file)) {
                yarn.addResource(new org.apache.hadoop.fs.Path(file.toUri()));
            }
        }
        return yarn;
    }

    static Path root() {
        return Path.of(System.getProperty("gmall.root", ".")).toAbsolutePath().normalize();
    }
}
