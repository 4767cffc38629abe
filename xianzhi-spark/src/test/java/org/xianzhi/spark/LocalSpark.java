package org.xianzhi.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.quantity.Approximation;

/** What the Spark tests share: a small local session on the loopback address, the repository's folders, facts read back. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start(int cores) {
        return SparkSession.builder().appName("xianzhi-test").master("local[" + cores + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", String.valueOf(cores))
                .getOrCreate();
    }

    /** {@code samples/} of the repository, found by walking up from the working folder. */
    static Path samples() {
        return upward("samples").orElseThrow(() -> new IllegalStateException("no samples/ above the working folder"));
    }

    /** How many sample documents there are: the documents a run over {@link #samples()} reads. */
    static int sampleCount() {
        try (Stream<Path> files = Files.list(samples())) {
            return (int) files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code shared/seeds} beside the repository, when this machine has it. */
    static Optional<Path> seeds() {
        return upward("shared/seeds");
    }

    private static Optional<Path> upward(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A row of the facts table back as a fact, field by field. */
    static Fact fact(Row r) {
        return new Fact(r.getAs("doc"), r.getAs("file"), r.getAs("region"), r.getAs("region_code"),
                r.getAs("indicator"), Measure.ofLabel(r.getAs("measure")), Status.ofLabel(r.getAs("status")),
                r.getAs("period"), r.getAs("value"), r.getAs("unit"), r.getAs("as_written"),
                Approximation.ofLabel(r.getAs("qualifier")), r.getAs("scope"), r.getAs("text"),
                r.<Integer>getAs("start"), r.<Integer>getAs("end"));
    }

    static List<Fact> facts(SparkSession spark, Path output) {
        List<Fact> facts = new ArrayList<>();
        for (Row r : spark.read().parquet(output.resolve("facts").toString()).collectAsList()) {
            facts.add(fact(r));
        }
        return facts;
    }
}
