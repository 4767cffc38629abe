package org.xianzhi.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.core.region.RegionGazetteer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xianzhi spark bench}: generates a corpus of county documents, runs {@link FactJob} on it in
 * {@code local[N]} for each core count asked, and prints documents per second, so that scaling can be read off;
 * then what the measured rate means for the whole country. A warm-up run on a slice comes first, so that neither
 * measured run pays for class loading and the JIT alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Documents per second of the Spark job at 1, 2, … executor cores, and the national estimate.")
public final class FactJobBench implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "20000", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--cores", split = ",", defaultValue = "1,2", description = "Core counts to run with (default: ${DEFAULT-VALUE}).")
    List<Integer> cores;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--counties", defaultValue = "2800", description = "County-level regions of the national estimate (default: ${DEFAULT-VALUE}).")
    int counties;

    @Option(names = "--years", defaultValue = "20", description = "Years of the national estimate (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--docs-per-county-year", defaultValue = "300",
            description = "Documents a county publishes in a year: work report, press releases, interviews (default: ${DEFAULT-VALUE}).")
    int docsPerCountyYear;

    @Option(names = "--cluster-cores", defaultValue = "200", description = "Cores of the cluster in the estimate (default: ${DEFAULT-VALUE}).")
    int clusterCores;

    public static void main(String[] args) {
        System.exit(new CommandLine(new FactJobBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Path work = Files.createTempDirectory("xianzhi-spark-bench");
        try {
            Path corpus = work.resolve("corpus");
            long bytes = new CountyDocumentGenerator(RegionGazetteer.standard(), seed).writeTo(corpus, docs);
            Path warmUp = work.resolve("warm-up");
            new CountyDocumentGenerator(RegionGazetteer.standard(), seed + 1).writeTo(warmUp, Math.max(100, docs / 10));
            out.printf("corpus: %d generated documents, %.1f MB%n", docs, bytes / 1e6);
            run(warmUp, work.resolve("out-warm-up"), cores.stream().max(Integer::compare).orElse(2));
            double perCore = 0;
            for (int n : cores) {
                long started = System.nanoTime();
                FactJob.Summary s = run(corpus, work.resolve("out-" + n), n);
                double seconds = (System.nanoTime() - started) / 1e9;
                double rate = (s.documents() + s.rejects()) / seconds;
                out.printf("local[%d]: %d documents, %d facts in %.1f s: %.0f documents/s%n", n, s.documents(),
                        s.facts(), seconds, rate);
                perCore = Math.max(perCore, rate / n);
            }
            long national = (long) counties * years * docsPerCountyYear;
            double coreHours = national / perCore / 3600;
            out.printf("whole country: %d counties x %d years x %d documents = %,d documents; at %.0f documents/s per core"
                    + " that is %.0f core-hours, %.1f hours on %d cores%n", counties, years, docsPerCountyYear, national,
                    perCore, coreHours, coreHours / clusterCores, clusterCores);
            return 0;
        } finally {
            delete(work);
        }
    }

    private static FactJob.Summary run(Path corpus, Path output, int cores) {
        SparkSession spark = SparkSession.builder().appName("xianzhi bench").master("local[" + cores + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            return FactJob.run(spark, FactJob.Spec.files(List.of(corpus.toString()), output.toString()));
        } finally {
            spark.stop();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
