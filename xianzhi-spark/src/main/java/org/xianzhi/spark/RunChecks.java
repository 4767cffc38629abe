package org.xianzhi.spark;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a run is checked for before Spark starts (a minute of work otherwise ends in a stack trace): every input
 * reaches at least one file or folder, and the output holds no tables of an earlier run unless they are to be
 * replaced. Exit codes as the {@code xianzhi} command's: 3 for a path that cannot be read, 2 for bad usage.
 */
final class RunChecks {
    static final int UNREADABLE_PATH = 3;
    static final int USAGE = 2;
    /** The tables a run writes under its output folder. */
    static final List<String> TABLES = List.of("facts", "documents", "rejects");

    /** Why a run cannot start, with its exit code. */
    record Refusal(int exit, String message) {
    }

    private RunChecks() {
    }

    static Optional<Refusal> refusal(FactJob.Spec spec, Configuration hadoop) {
        for (String input : spec.inputs()) {
            Path path = new Path(input);
            try {
                FileStatus[] found = path.getFileSystem(hadoop).globStatus(path);
                if (found == null || found.length == 0) {
                    return Optional.of(new Refusal(UNREADABLE_PATH, input + ": no such file or folder"));
                }
            } catch (IOException | IllegalArgumentException e) {
                return Optional.of(new Refusal(UNREADABLE_PATH, input + ": cannot be read (" + e.getMessage() + ")"));
            }
        }
        if (!spec.overwrite()) {
            Path out = new Path(spec.output());
            try {
                FileSystem fs = out.getFileSystem(hadoop);
                for (String table : TABLES) {
                    if (fs.exists(new Path(out, table))) {
                        return Optional.of(new Refusal(USAGE, spec.output() + " already holds the tables of a run ("
                                + table + "/): choose another folder, or --overwrite to replace them"));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                return Optional.of(new Refusal(UNREADABLE_PATH, spec.output() + ": cannot be reached (" + e.getMessage() + ")"));
            }
        }
        return Optional.empty();
    }
}
