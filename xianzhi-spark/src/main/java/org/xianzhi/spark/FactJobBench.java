package org.xianzhi.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.bench.Spread;
import org.xianzhi.core.region.RegionGazetteer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xianzhi spark bench}: generates a corpus of real-sized county documents (lengths around the median of real
 * work reports), runs {@link FactJob} on it in {@code local[N]} for each core count asked, several rounds each, and
 * prints documents and characters per second (median and spread), so that scaling can be read off; then what the
 * measured rate means for the whole country. Warm-up runs on a slice come first, until two agree, so that no measured
 * run pays for class loading and the JIT.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Documents per second of the Spark job at 1, 2, … executor cores, and the national estimate.")
public final class FactJobBench implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "2000", description = "Real-sized documents to generate (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured runs per core count (default: ${DEFAULT-VALUE}).")
    int rounds;

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
            long chars = CountyDocumentGenerator.realSized(RegionGazetteer.standard(), seed).writeTo(corpus, docs);
            Path warmUp = work.resolve("warm-up");
            int warmUpDocs = Math.max(100, docs / 10);
            CountyDocumentGenerator.realSized(RegionGazetteer.standard(), seed + 1).writeTo(warmUp, warmUpDocs);
            out.printf(Locale.ROOT, "corpus: %d generated real-sized documents, %.1f M characters (%.0f a document)%n",
                    docs, chars / 1e6, (double) chars / docs);
            int most = cores.stream().max(Integer::compare).orElse(2);
            int[] warmRuns = {0};
            double[] warm = Spread.warmUp(() -> {
                long started = System.nanoTime();
                run(warmUp, work.resolve("out-warm-up-" + ++warmRuns[0]), most);
                return warmUpDocs / ((System.nanoTime() - started) / 1e9);
            }, 0.1, 5);
            out.printf(Locale.ROOT, "warm-up: %d runs of %d documents in local[%d] until two agreed within 10%%%n",
                    warm.length, warmUpDocs, most);
            double perCore = 0;
            for (int n : cores) {
                double[] rates = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long started = System.nanoTime();
                    FactJob.Summary s = run(corpus, work.resolve("out-" + n + "-" + r), n);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    rates[r] = (s.documents() + s.rejects()) / seconds;
                    out.printf(Locale.ROOT, "local[%d] run %d: %d documents, %d facts in %.1f s: %.1f documents/s, %.2f M characters/s%n",
                            n, r + 1, s.documents(), s.facts(), seconds, rates[r], chars / seconds / 1e6);
                }
                Spread spread = Spread.of(rates);
                out.printf(Locale.ROOT, "local[%d]: %s documents/s, %.2f M characters/s at the median%n", n,
                        spread.format("%.1f"), spread.median() * chars / docs / 1e6);
                perCore = Math.max(perCore, spread.median() / n);
            }
            long national = (long) counties * years * docsPerCountyYear;
            double coreHours = national / perCore / 3600;
            out.printf(Locale.ROOT, "whole country: %d counties x %d years x %d documents = %,d documents of this size;"
                    + " at %.1f documents/s per core that is %,.0f core-hours, %.1f hours on %d cores%n", counties, years,
                    docsPerCountyYear, national, perCore, coreHours, coreHours / clusterCores, clusterCores);
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
