package com.gmall.rtdw.cluster;

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
import java.util.Map;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/** {@code bin/gmall submit | cancel | list}: the jobs on a YARN cluster. */
public final class ClusterMain {
    static final String USAGE = """
            usage: bin/gmall submit JOB --conf FILE [--target yarn-per-job] [--from-savepoint PATH | --fresh]
                   bin/gmall cancel JOB [--savepoint DIR] [--conf FILE]
                   bin/gmall list

            submit  deploys JOB as its own YARN application (per-job). With FLINK_HOME set to a Flink 1.13
                    installation it runs `$FLINK_HOME/bin/flink run -d -t yarn-per-job -c <main class> <jobs jar>
                    --conf FILE`; otherwise it deploys with the Flink runtime this build makes
                    (cluster/flink-dist). Both use conf/flink/ (flink-conf.yaml, log4j.properties). Prints the
                    application id and the JobManager's web address. FILE is the jobs' configuration (see
                    conf/cluster.properties.example); it is checked before anything is deployed. A job with
                    retained checkpoints or savepoints (under flink.checkpoint.dir/JOB, flink.savepoint.dir/JOB)
                    is not started without them: resume with
                    --from-savepoint (the refusal names the latest checkpoint), or start afresh with --fresh.
            cancel  stops JOB with a savepoint under DIR/JOB (default DIR: flink.savepoint.dir of --conf) and prints its
                    path; resume with submit --from-savepoint PATH.
            list    the running Flink applications and their jobs.

            The YARN cluster is the one of HADOOP_CONF_DIR (core-site.xml, yarn-site.xml, hdfs-site.xml).
            """;

    private ClusterMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || List.of("-h", "--help").contains(args[args.length - 1])) {
            System.out.print(USAGE);
            return;
        }
        int exit = 0;
        try {
            switch (args[0]) {
                case "submit" -> exit = submit(Options.parse(args, 1, List.of("--conf", "--target",
                        "--from-savepoint", "--fresh")));
                case "cancel" -> cancel(Options.parse(args, 1, List.of("--savepoint", "--conf")));
                case "list" -> list(Options.parse(args, 0, List.of()));
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("gmall " + args[0] + ": " + e.getMessage());
            exit = 2;
        }
        System.out.flush();
        // Hadoop's and Flink's clients leave non-daemon threads behind: the command ends when its work is done
        System.exit(exit);
    }

    /** Returns the command's exit code: the Flink CLI's when it submits. */
    private static int submit(Options options) throws Exception {
        String job = options.job();
        String target = options.value("--target", "yarn-per-job");
        if (!target.equals("yarn-per-job")) {
            throw new IllegalArgumentException("--target " + target + " is not supported; valid: yarn-per-job");
        }
        Path confFile = Path.of(options.required("--conf")).toAbsolutePath();
        GmallConfig config = GmallConfig.load(confFile); // fails here, before deploying, on a missing or unknown key
        Deployment deployment = Deployment.ofRepository(root());
        String main = JobsJar.open(deployment.jobsJar()).mainClass(job);
        List<String> arguments = List.of("--conf", confFile.toString());
        String savepoint = options.value("--from-savepoint", null);
        List<String> stateFolders = new ArrayList<>();
        for (String dir : List.of(config.get(GmallOptions.FLINK_CHECKPOINT_DIR),
                config.get(GmallOptions.FLINK_SAVEPOINT_DIR))) {
            if (!dir.isBlank()) {
                stateFolders.add(RetainedState.jobFolder(dir, job));
            }
        }
        RetainedState.checkStart("submit", job, savepoint, options.flag("--fresh"), stateFolders);
        boolean leaveStateBehind = RetiredOperatorsOfJar.leaveStateBehind(deployment.jobsJar(), main, savepoint);
        String flinkHome = System.getenv("FLINK_HOME");
        if (flinkHome != null && !flinkHome.isBlank()) {
            FlinkCliSubmit cli = new FlinkCliSubmit(Path.of(flinkHome));
            cli.checkVersion();
            List<String> command = cli.command(job, main, deployment.jobsJar(), arguments, savepoint,
                    leaveStateBehind, HighAvailability.flinkSettings(config));
            System.out.println("gmall submit: " + String.join(" ", command));
            return cli.run(command, deployment.flinkConfDir());
        }
        YarnConfiguration yarn = yarnConfiguration();
        System.out.printf("gmall submit: deploying %s (%s) to YARN%s...%n", job, main,
                savepoint == null ? "" : " from " + savepoint);
        YarnSubmitter.Submitted submitted = new YarnSubmitter(deployment, yarn)
                .submit(job, main, arguments, savepoint, leaveStateBehind, HighAvailability.flinkSettings(config));
        System.out.printf("gmall submit: %s running as YARN application %s (job %s)%n  JobManager web: %s%n", job,
                submitted.application(), submitted.jobId(), submitted.webInterface());
        return 0;
    }

    private static void cancel(Options options) throws Exception {
        String job = options.job();
        String dir = options.value("--savepoint", null);
        if (dir == null && options.value("--conf", null) != null) {
            dir = GmallConfig.load(Path.of(options.value("--conf", null))).get(GmallOptions.FLINK_SAVEPOINT_DIR);
        }
        if (dir == null || dir.isBlank()) {
            throw new IllegalArgumentException("where should the savepoint go? --savepoint DIR, or --conf FILE with "
                    + GmallOptions.FLINK_SAVEPOINT_DIR.key());
        }
        YarnApplications yarn = new YarnApplications(yarnConfiguration());
        YarnApplications.Application application = yarn.ofJob(job);
        // under a folder of the job's own, where submit finds it and refuses to start the job without it
        String path = yarn.stopWithSavepoint(application, RetainedState.jobFolder(dir, job));
        System.out.printf("gmall cancel: %s stopped (application %s); savepoint %s%n  resume: bin/gmall submit %s "
                + "--conf FILE --from-savepoint %s%n", job, application.id(), path, job, path);
    }

    private static void list(Options options) throws Exception {
        List<YarnApplications.Application> applications = new YarnApplications(yarnConfiguration()).list();
        if (applications.isEmpty()) {
            System.out.println("no Flink application running on YARN");
        }
        for (YarnApplications.Application a : applications) {
            System.out.printf("%s  %-40s %-9s %s%n", a.id(), a.name(), a.state(), a.trackingUrl());
            for (JobStatusMessage job : a.jobs()) {
                System.out.printf("    job %s  %-40s %s%n", job.getJobId(), job.getJobName(), job.getJobState());
            }
        }
    }

    /** The cluster of HADOOP_CONF_DIR (or YARN_CONF_DIR), whose site files are read explicitly. */
    public static YarnConfiguration yarnConfiguration() {
        String dir = System.getenv("HADOOP_CONF_DIR");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("YARN_CONF_DIR");
        }
        if (dir == null || dir.isBlank()) {
            throw new IllegalArgumentException("set HADOOP_CONF_DIR to the folder of the cluster's core-site.xml "
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

    /** A command's job name and options; unknown options are errors. */
    record Options(String job, Map<String, String> values) {
        static Options parse(String[] args, int positional, List<String> known) {
            String job = null;
            Map<String, String> values = new java.util.HashMap<>();
            List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
            if (positional > 0) {
                if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                    throw new IllegalArgumentException("which job? (" + USAGE.lines().findFirst().orElse("") + ")");
                }
                job = rest.remove(0);
            }
            for (int i = 0; i < rest.size(); i++) {
                String option = rest.get(i);
                if (!known.contains(option)) {
                    throw new IllegalArgumentException("unknown option " + option + "; valid: " + known);
                }
                if (FLAGS.contains(option)) {
                    values.put(option, "true");
                    continue;
                }
                if (i + 1 >= rest.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                values.put(option, rest.get(++i));
            }
            return new Options(job, values);
        }

        /** Options that take no value. */
        private static final List<String> FLAGS = List.of("--fresh");

        boolean flag(String option) {
            return values.containsKey(option);
        }

        String value(String option, String fallback) {
            return values.getOrDefault(option, fallback);
        }

        String required(String option) {
            String value = values.get(option);
            if (value == null) {
                throw new IllegalArgumentException(option + " is required");
            }
            return value;
        }
    }
}
