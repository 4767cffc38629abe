package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.bench.RepeatedCorpus;
import org.xianzhi.app.bench.Spread;
import org.xianzhi.app.ingest.DocumentProfiler;
import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.search.SearchFolder;
import org.xianzhi.app.search.SearchIndex;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.ingest.UnreadableDocumentException;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.region.RegionGazetteer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi bench ingest}: documents per second of ingest, everything the command does (read, normalize,
 * extract, search index, store, closing both), printed beside the pipeline's own rate (read, normalize, extract) on
 * the same files and threads, so that what storing costs can be read off. The corpus is real-sized: real documents
 * repeated with a small edit each ({@code --corpus}), or generated documents of real length. Everything is made in a
 * temporary folder and removed afterwards.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Documents per second of ingest (read, normalize, extract, search index, store) beside the",
            "pipeline's own (read, normalize, extract), on the same files and threads: median and spread of rounds."})
final class IngestBench implements Callable<Integer> {
    /** Warm-up rounds stop when two in a row agree this closely. */
    private static final double STABLE = 0.05;
    private static final int MAX_WARM_UP_ROUNDS = 8;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Real documents to repeat, each copy with a small edit so it is new (default: generated documents of real size).")
    Path corpus;

    @Option(names = "--docs", defaultValue = "500", description = "Documents per round (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** A round's figures: documents per second of wall time, and per second of the process's CPU time. */
    private record Rate(double perSecond, double perCpuSecond) {
    }

    /**
     * An ingest round's rates: {@code running} from the first document read to the last committed (what a long run
     * goes at), {@code whole} also opening a new store (its reference tables loaded) and index and closing both.
     */
    private record IngestRate(Rate running, Rate whole) {
    }

    @Override
    public Integer call() throws Exception {
        if (docs < 1 || rounds < 1 || threads < 1) {
            throw new IllegalArgumentException("--docs, --rounds and --threads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("xianzhi-bench-ingest");
        try {
            List<Path> files = writeCorpus(work.resolve("corpus"), out);
            Pipeline pipeline = Pipeline.standard();
            DocumentProfiler profiler = DocumentProfiler.standard();
            List<Path> warmUpFiles = files.subList(0, Math.min(files.size(), Math.max(50, files.size() / 3)));
            // Judged on CPU time: the wall time of a shared machine moves with the neighbours' load, not the JIT.
            double[] warm = Spread.warmUp(() -> pipelineRound(warmUpFiles, pipeline, profiler).perCpuSecond(), STABLE,
                    MAX_WARM_UP_ROUNDS);
            out.printf(Locale.ROOT, "warm-up: %d pipeline rounds of %d documents until two agreed within %.0f%%: %s docs per CPU-second%n",
                    warm.length, warmUpFiles.size(), STABLE * 100, rates(warm));
            out.flush();
            Rate[] piped = new Rate[rounds];
            for (int r = 0; r < rounds; r++) {
                piped[r] = pipelineRound(files, pipeline, profiler);
                out.printf(Locale.ROOT, "pipeline round %d: %.1f docs/s, %.1f docs per CPU-second%n", r + 1,
                        piped[r].perSecond(), piped[r].perCpuSecond());
                out.flush();
            }
            // Ingest runs code the pipeline does not (Lucene's indexing chain, the store's writer): it warms up on its own,
            // or the JIT compiler's threads take a third of a measured round's CPU.
            int[] warmRound = {0};
            double[] ingestWarm = Spread.warmUp(() -> {
                try {
                    return ingestRound(warmUpFiles, work.resolve("warm-up-" + ++warmRound[0]), IngestProgress.silent())
                            .running().perCpuSecond();
                } catch (Exception e) {
                    throw new IllegalStateException("ingest warm-up failed: " + e, e);
                }
            }, STABLE, MAX_WARM_UP_ROUNDS);
            out.printf(Locale.ROOT, "warm-up: %d ingest rounds of %d documents until two agreed within %.0f%%: %s docs per CPU-second%n",
                    ingestWarm.length, warmUpFiles.size(), STABLE * 100, rates(ingestWarm));
            out.flush();
            Rate[] running = new Rate[rounds];
            Rate[] whole = new Rate[rounds];
            for (int r = 0; r < rounds; r++) {
                IngestRate rate = ingestRound(files, work.resolve("round-" + (r + 1)), IngestProgressDisplay.logLines(err));
                running[r] = rate.running();
                whole[r] = rate.whole();
                out.printf(Locale.ROOT, "ingest round %d: %.1f docs/s, %.1f docs per CPU-second running;"
                        + " %.1f docs/s, %.1f per CPU-second with opening a new store and closing it%n", r + 1,
                        running[r].perSecond(), running[r].perCpuSecond(), whole[r].perSecond(), whole[r].perCpuSecond());
                out.flush();
            }
            Spread pipeWall = Spread.of(walls(piped));
            Spread pipeCpu = Spread.of(cpus(piped));
            Spread ingestWall = Spread.of(walls(running));
            Spread ingestCpu = Spread.of(cpus(running));
            out.printf("on %d threads, %d cores:%n", threads, Runtime.getRuntime().availableProcessors());
            out.printf("  pipeline (read, normalize, extract):             %s docs/s, %s docs per CPU-second%n",
                    pipeWall.format("%.1f"), pipeCpu.format("%.1f"));
            out.printf("  ingest (the same + search index + store):        %s docs/s, %s docs per CPU-second%n",
                    ingestWall.format("%.1f"), ingestCpu.format("%.1f"));
            out.printf("  ingest with opening a new store, closing it:     %s docs/s, %s docs per CPU-second%n",
                    Spread.of(walls(whole)).format("%.1f"), Spread.of(cpus(whole)).format("%.1f"));
            out.printf(Locale.ROOT, "  ingest / pipeline: %.0f%% of the documents per second, %.0f%% per CPU-second%n",
                    100 * ingestWall.median() / pipeWall.median(), 100 * ingestCpu.median() / pipeCpu.median());
            out.flush();
        } finally {
            Folders.deleteRecursively(work);
        }
        return ExitCodes.OK;
    }

    private List<Path> writeCorpus(Path folder, PrintWriter out) throws Exception {
        long chars;
        String from;
        if (corpus != null) {
            List<SourceDocument> originals = new ArrayList<>();
            DocumentReader reader = new DocumentReader();
            for (Path p : DocumentInputs.expand(corpus.toString())) {
                try {
                    originals.add(reader.read(p));
                } catch (UnreadableDocumentException e) {
                    spec.commandLine().getErr().println("xianzhi: skipped " + e.getMessage());
                }
            }
            chars = RepeatedCorpus.writeTo(originals, folder, docs);
            from = originals.size() + " documents of " + corpus + ", repeated with an edit each";
        } else {
            chars = CountyDocumentGenerator.realSized(RegionGazetteer.standard(), seed).writeTo(folder, docs);
            from = "generated at real size";
        }
        List<Path> files = DocumentInputs.expand(folder.toString());
        long[] lengths = new long[files.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = Files.readString(files.get(i)).length();
        }
        Arrays.sort(lengths);
        out.printf(Locale.ROOT, "corpus: %d documents (%s), %.1f M characters, median %d characters a document%n",
                files.size(), from, chars / 1e6, lengths[lengths.length / 2]);
        out.flush();
        return files;
    }

    /** Reads, normalizes, extracts and profiles every file on {@link #threads} threads, keeping nothing. */
    private Rate pipelineRound(List<Path> files, Pipeline pipeline, DocumentProfiler profiler) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        DocumentReader reader = new DocumentReader();
        AtomicInteger next = new AtomicInteger();
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        try {
                            profiler.profile(pipeline.process(reader.read(files.get(i))), Instant.now());
                        } catch (UnreadableDocumentException e) {
                            // counted like ingest counts it: gone through
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("pipeline round failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        return rate(files.size(), wall, cpu);
    }

    /** Ingests every file into a new store and search index under {@code folder}, as {@code xianzhi ingest} does. */
    private IngestRate ingestRound(List<Path> files, Path folder, IngestProgress progress) throws Exception {
        String db = folder.resolve("bench.duckdb").toString();
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        IngestReport report;
        Rate running;
        try (FactStore store = FactStore.open(db); SearchIndex index = SearchIndex.open(SearchFolder.of(db, null))) {
            long runningWall = System.nanoTime();
            long runningCpu = processCpuNanos();
            report = Ingester.standard(store, threads).indexingWith(index::index)
                    .ingest(files, new DocumentReader(), false, progress);
            running = rate(files.size(), runningWall, runningCpu);
            index.commit();
        }
        if (report.tally().stored() != files.size()) {
            throw new IllegalStateException("ingest stored " + report.tally().stored() + " of " + files.size()
                    + " documents; bad: " + report.badFiles());
        }
        Rate whole = rate(files.size(), wall, cpu);
        Folders.deleteRecursively(folder);
        return new IngestRate(running, whole);
    }

    private static Rate rate(int documents, long wallStart, long cpuStart) {
        double seconds = (System.nanoTime() - wallStart) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        return new Rate(documents / seconds, documents / cpuSeconds);
    }

    /** CPU time of the whole process, every thread of it (the database's own threads too). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double[] walls(Rate[] rates) {
        return Arrays.stream(rates).mapToDouble(Rate::perSecond).toArray();
    }

    private static double[] cpus(Rate[] rates) {
        return Arrays.stream(rates).mapToDouble(Rate::perCpuSecond).toArray();
    }

    private static String rates(double[] rates) {
        return String.join(", ", Arrays.stream(rates).mapToObj(r -> String.format(Locale.ROOT, "%.1f", r)).toList());
    }
}
