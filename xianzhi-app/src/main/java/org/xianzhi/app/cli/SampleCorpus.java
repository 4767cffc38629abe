package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.xianzhi.app.bench.Spread;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.ingest.UnreadableDocumentException;

import picocli.CommandLine.Option;

/**
 * The benchmark corpus and how it is timed: the documents under a folder (default {@code samples/}), repeated to a
 * number of characters, run through a piece of work on one thread: warm-up rounds until two in a row agree within
 * {@value #STABLE_PERCENT}% (the JIT can take several rounds to reach speed), then measured rounds, printed each and as
 * median and spread.
 */
final class SampleCorpus {
    private static final int STABLE_PERCENT = 5;
    private static final int MAX_WARM_UP_ROUNDS = 10;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after the warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--corpus", defaultValue = "samples", description = "Folder of documents to build the corpus from (default: ${DEFAULT-VALUE}).")
    String folder;

    @Option(names = "--chars", defaultValue = "20000000", description = "Characters of text to run over, repeating the documents (default: ${DEFAULT-VALUE}).")
    long chars;

    List<SourceDocument> load(PrintWriter err) {
        DocumentReader reader = new DocumentReader();
        List<SourceDocument> docs = new ArrayList<>();
        for (var path : DocumentInputs.expand(folder)) {
            try {
                docs.add(reader.read(path));
            } catch (UnreadableDocumentException e) {
                err.println("xianzhi: skipped " + e.getMessage());
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no readable documents to build a corpus from");
        }
        List<SourceDocument> corpus = new ArrayList<>();
        long total = 0;
        while (total < chars) {
            for (SourceDocument doc : docs) {
                corpus.add(doc);
                total += doc.original().length();
            }
        }
        return corpus;
    }

    /** One round over the inputs, printed; returns documents, million characters and items per CPU second. */
    private static <T> double[] round(PrintWriter out, List<T> docs, long total, String items,
                                      ToIntFunction<T> work, int round, boolean warmUp) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long count = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (T doc : docs) {
            count += work.applyAsInt(doc);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread: the figure that holds when other work shares the cores.
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        out.printf(Locale.ROOT, "round %d%s: %.2f s (%.2f s of CPU); per CPU second on one thread: %.0f documents, %.2f million"
                + " characters, %.0f %s%n", round, warmUp ? " (warm-up)" : "", seconds, cpu, docs.size() / cpu,
                total / cpu / 1e6, count / cpu, items);
        out.flush();
        return new double[] {docs.size() / cpu, total / cpu / 1e6, count / cpu};
    }

    /**
     * Times {@code work} over the corpus and prints documents, characters and items per second for each round.
     *
     * @param items what {@code work} counts and returns for a document (quantities, facts, output characters)
     */
    void measure(PrintWriter out, PrintWriter err, String items, ToIntFunction<SourceDocument> work) {
        List<SourceDocument> docs = load(err);
        long total = docs.stream().mapToLong(d -> d.original().length()).sum();
        out.printf("corpus: %d documents, %d characters (from %s)%n", docs.size(), total, folder);
        time(out, docs, total, items, work, rounds);
    }

    /**
     * Times {@code work} over {@code inputs} ({@code total} characters in all) as {@link #measure} does: warm-up
     * rounds until stable, then {@code rounds} measured rounds, each printed, and their median and spread.
     */
    static <T> void time(PrintWriter out, List<T> docs, long total, String items, ToIntFunction<T> work, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds cannot be less than 1, was " + rounds);
        }
        int[] round = {0};
        double[] warm = Spread.warmUp(() -> round(out, docs, total, items, work, ++round[0], true)[1],
                STABLE_PERCENT / 100.0, MAX_WARM_UP_ROUNDS);
        double[] chars = new double[rounds];
        double[] counted = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] rates = round(out, docs, total, items, work, ++round[0], false);
            chars[r] = rates[1];
            counted[r] = rates[2];
        }
        out.printf(Locale.ROOT, "after %d warm-up rounds, per CPU second on one thread: %s million characters, %s %s%n",
                warm.length, Spread.of(chars).format("%.2f"), Spread.of(counted).format("%.0f"), items);
        out.flush();
    }
}
