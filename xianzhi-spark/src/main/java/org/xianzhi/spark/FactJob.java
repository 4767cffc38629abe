package org.xianzhi.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.xianzhi.core.ingest.DocumentReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The batch job: documents in, the core pipeline over them in {@code mapPartitions}, three Parquet tables out under
 * the output folder: {@code facts/} (partitioned {@code province=NN/year=YYYY}), {@code documents/} and
 * {@code rejects/} ({@link FactTables}). Each document goes through the pipeline once: the outcomes are kept
 * (memory, then disk) while the three tables are written from them.
 */
@Command(name = "xianzhi-spark", mixinStandardHelpOptions = true,
        description = "Extract the facts of documents on Spark; write facts, documents and rejects as Parquet.")
public final class FactJob implements Callable<Integer> {

    /** What one run is asked to do. */
    public record Spec(List<String> inputs, DocumentSource source, String output, long maxBytes, int partitions,
                       boolean overwrite) {
        public Spec {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(output, "output");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("inputs cannot be empty");
            }
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes cannot be less than 1, was " + maxBytes);
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions cannot be negative, was " + partitions);
            }
        }

        /** Binary files under {@code inputs}, the default size limit, Spark's own partitions. */
        public static Spec files(List<String> inputs, String output) {
            return new Spec(inputs, DocumentSource.BINARY, output, DocumentReader.DEFAULT_MAX_BYTES, 0, false);
        }
    }

    /** What a run did. */
    public record Summary(long documents, long facts, long rejects) {
    }

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Folders, files or tables to read: local paths, hdfs://…, s3a://…")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Folder to write facts/, documents/ and rejects/ into.")
    String output;

    @Option(names = "--format", defaultValue = "binary",
            description = "binary (files), parquet or jsonl (tables of file or id, and bytes or text); default ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--max-size-mb", defaultValue = "50", description = "Reject files larger than this (default: ${DEFAULT-VALUE} MB).")
    long maxSizeMb;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Spread the documents over this many partitions first (default: as Spark reads them).")
    int partitions;

    @Option(names = "--overwrite", description = "Replace the tables of an earlier run under OUT.")
    boolean overwrite;

    @Option(names = "--master", description = "Spark master when not run through spark-submit (default: local[*]).")
    String master;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The job's command line: an error is one line on standard error, named as the {@code xianzhi} command names it. */
    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new FactJob());
        cmd.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("xianzhi spark: " + e.getMessage());
            command.getErr().flush();
            return e instanceof IllegalArgumentException ? RunChecks.USAGE : 1;
        });
        return cmd;
    }

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() {
        Spec spec = new Spec(inputs, DocumentSource.of(format), output, maxSizeMb * 1024 * 1024, partitions, overwrite);
        Optional<RunChecks.Refusal> refusal = RunChecks.refusal(spec, new Configuration());
        if (refusal.isPresent()) {
            command.commandLine().getErr().println("xianzhi spark: " + refusal.get().message());
            command.commandLine().getErr().flush();
            return refusal.get().exit();
        }
        SparkSession.Builder builder = SparkSession.builder().appName("xianzhi facts");
        String chosen = master != null ? master
                : new org.apache.spark.SparkConf().contains("spark.master") ? null : "local[*]";
        if (chosen != null) {
            builder.master(chosen);
        }
        if (chosen != null && chosen.startsWith("local")) {
            // A run on this machine talks to itself only.
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            long started = System.nanoTime();
            Summary s = run(spark, spec);
            double seconds = (System.nanoTime() - started) / 1e9;
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            out.printf("%d documents, %d facts, %d rejected; %.1f s, %.1f documents/s; tables under %s%n",
                    s.documents(), s.facts(), s.rejects(), seconds, (s.documents() + s.rejects()) / seconds, output);
            return s.rejects() == 0 ? 0 : 3;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on {@code spark}. */
    public static Summary run(SparkSession spark, Spec spec) {
        Dataset<Row> sources = spec.source().load(spark, spec.inputs());
        if (spec.partitions() > 0) {
            sources = sources.repartition(spec.partitions());
        }
        InputRoots roots = spec.source() == DocumentSource.BINARY
                ? InputRoots.of(spec.inputs(), spark.sparkContext().hadoopConfiguration())
                : null;
        Dataset<Row> outcomes = sources
                .mapPartitions(new PartitionReader(spec.maxBytes(), roots), Encoders.row(FactTables.OUTCOME))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            SaveMode mode = spec.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            String out = spec.output().endsWith("/") ? spec.output() : spec.output() + "/";
            // One shuffle brings each province-year to one task: one file per folder, not one per input partition.
            outcomes.select(explode(col("facts")).as("f")).select("f.*")
                    .repartition(col(FactPartition.PROVINCE), col(FactPartition.YEAR))
                    .write().mode(mode).partitionBy(FactPartition.PROVINCE, FactPartition.YEAR).parquet(out + "facts");
            // Input partitions are many and small (Spark packs small files by count): fewer files, read from the cache.
            int files = spark.sparkContext().defaultParallelism();
            outcomes.where(col("document").isNotNull()).select("document.*").coalesce(files)
                    .write().mode(mode).parquet(out + "documents");
            outcomes.where(col("reject").isNotNull()).select("reject.*").coalesce(files)
                    .write().mode(mode).parquet(out + "rejects");
            Row counts = outcomes.agg(count(col("document")), sum(size(col("facts"))), count(col("reject"))).first();
            return new Summary(counts.getLong(0), counts.isNullAt(1) ? 0 : counts.getLong(1), counts.getLong(2));
        } finally {
            outcomes.unpersist();
        }
    }
}
