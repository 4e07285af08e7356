package com.gmall.rtdw.runtime;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * The state a job left behind: every job keeps its checkpoints under a folder of its own, {@code
 * <checkpoint dir>/<job>/<job id>/chk-N}, retained when it is cancelled or fails, and its
 * savepoints under {@code <savepoint dir>/<job>/savepoint-*}. Starting a job without its state when
 * such state exists is almost never meant (OdsDbApp would take a new snapshot and every DWS window
 * would count twice), so {@code bin/gmall run} and {@code submit} refuse it unless told {@code
 * --fresh}. Any file system Flink knows: a local folder, HDFS.
 */
public final class RetainedState {
    private RetainedState() {}

    /** A job's own checkpoint folder under {@code checkpointDir}. */
    public static String jobFolder(String checkpointDir, String jobName) {
        return checkpointDir.endsWith("/")
                ? checkpointDir + jobName
                : checkpointDir + "/" + jobName;
    }

    /**
     * The newest complete checkpoint or savepoint (a folder with its {@code _metadata}) in {@code
     * folders}: {@code <folder>/<job id>/chk-N} or {@code <folder>/savepoint-*}. Folders that do
     * not exist are skipped.
     */
    public static Optional<String> latest(List<String> folders) throws IOException {
        Path latest = null;
        long latestTime = Long.MIN_VALUE;
        for (String folder : folders) {
            Path root = new Path(folder);
            FileSystem fs = root.getFileSystem();
            if (!fs.exists(root)) {
                continue;
            }
            List<Path> candidates = new ArrayList<>();
            for (FileStatus child : list(fs, root)) {
                candidates.add(child.getPath());
                list(fs, child.getPath())
                        .forEach(grandchild -> candidates.add(grandchild.getPath()));
            }
            for (Path candidate : candidates) {
                String name = candidate.getName();
                Path metadata = new Path(candidate, "_metadata");
                if (name.startsWith("chk-") || name.startsWith("savepoint-")) {
                    long time = modified(fs, metadata);
                    if (time > latestTime) {
                        latestTime = time;
                        latest = candidate;
                    }
                }
            }
        }
        return Optional.ofNullable(latest).map(Path::toString);
    }

    /**
     * Refuses to start {@code job} without state when it has retained state in {@code folders} (its
     * checkpoint and savepoint folders): resuming is the user's to ask for ({@code
     * --from-savepoint}), and so is starting afresh ({@code --fresh}).
     */
    public static void checkStart(
            String command, String job, String savepoint, boolean fresh, List<String> folders)
            throws IOException {
        if (savepoint != null || fresh) {
            return;
        }
        Optional<String> latest = latest(folders);
        if (latest.isPresent()) {
            throw new IllegalStateException(
                    String.format(
                            "%s has retained state, the latest being %s. "
                                    + "Resume from it:%n  bin/gmall %s %s --from-savepoint %s%nor start %s without its state (OdsDbApp "
                                    + "takes a new snapshot, windows count again) with --fresh",
                            job, latest.get(), command, job, latest.get(), job));
        }
    }

    /**
     * When {@code file} was last changed, or {@link Long#MIN_VALUE} when it is not there: a running
     * job deletes the checkpoints a newer one subsumes while this looks at them.
     */
    private static long modified(FileSystem fs, Path file) throws IOException {
        try {
            return fs.getFileStatus(file).getModificationTime();
        } catch (FileNotFoundException gone) {
            return Long.MIN_VALUE;
        }
    }

    private static List<FileStatus> list(FileSystem fs, Path dir) throws IOException {
        FileStatus[] all;
        try {
            all = fs.listStatus(dir);
        } catch (FileNotFoundException gone) {
            return List.of(); // deleted since its parent was listed (see modified)
        }
        List<FileStatus> dirs = new ArrayList<>();
        if (all != null) {
            for (FileStatus s : all) {
                if (s.isDir()) {
                    dirs.add(s);
                }
            }
        }
        return dirs;
    }
}
