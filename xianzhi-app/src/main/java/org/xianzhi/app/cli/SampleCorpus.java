package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.ingest.UnreadableDocumentException;

import picocli.CommandLine.Option;

/**
 * The benchmark corpus and how it is timed: the documents under a folder (default {@code samples/}), repeated to a
 * number of characters, run through a piece of work on one thread for a warm-up round and two measured rounds.
 */
final class SampleCorpus {
    private static final int ROUNDS = 3;

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

    /**
     * Times {@code work} over the corpus and prints documents, characters and items per second for each round.
     *
     * @param items what {@code work} counts and returns for a document (quantities, facts, output characters)
     */
    void measure(PrintWriter out, PrintWriter err, String items, ToIntFunction<SourceDocument> work) {
        List<SourceDocument> docs = load(err);
        long total = docs.stream().mapToLong(d -> d.original().length()).sum();
        out.printf("corpus: %d documents, %d characters (from %s)%n", docs.size(), total, folder);
        time(out, docs, total, items, work);
    }

    /** Times {@code work} over {@code inputs} ({@code chars} characters in all) as {@link #measure} does. */
    static <T> void time(PrintWriter out, List<T> inputs, long chars, String items, ToIntFunction<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= ROUNDS; round++) {
            long count = 0;
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (T input : inputs) {
                count += work.applyAsInt(input);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // CPU time of this thread: the figure that holds when other work shares the cores.
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            out.printf("round %d%s: %.2f s (%.2f s of CPU); per CPU second on one thread: %.0f documents, %.2f million"
                    + " characters, %.0f %s%n", round, round == 1 ? " (warm-up)" : "", seconds, cpu, inputs.size() / cpu,
                    chars / cpu / 1e6, count / cpu, items);
            out.flush();
        }
    }
}
