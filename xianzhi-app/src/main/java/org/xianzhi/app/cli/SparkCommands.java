package org.xianzhi.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * The Spark commands as {@code --help} lists them. They run in the {@code xianzhi-spark} module with Spark's
 * classpath, which the {@code ./xianzhi} launcher hands them to before this program starts; reached here (the app's
 * jar run directly), they say where to run them.
 */
final class SparkCommands {
    private SparkCommands() {
    }

    @Command(name = "spark", description = {"Batch mode on Apache Spark (module xianzhi-spark), through ./xianzhi:",
        "  spark run INPUT… -o OUT [--format binary|parquet|jsonl] [--master local[4]] [--partitions N] [--overwrite]",
        "  spark bench [--docs 2000] [--cores 1,2] [--rounds 3]"})
    static final class Spark implements Callable<Integer> {
        @Unmatched
        List<String> args;

        @Override
        public Integer call() {
            throw new IllegalArgumentException("spark runs through ./xianzhi spark …, with the Spark module's classpath");
        }
    }

    @Command(name = "spark-submit-args", description = {"Print the spark-submit command line for a cluster, through ./xianzhi:",
        "  spark-submit-args [--master URL] [-- JOB-ARGS…]"})
    static final class SubmitArgs implements Callable<Integer> {
        @Unmatched
        List<String> args;

        @Override
        public Integer call() {
            throw new IllegalArgumentException(
                    "spark-submit-args runs through ./xianzhi spark-submit-args …, with the Spark module's classpath");
        }
    }
}
