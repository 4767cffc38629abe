package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.region.RegionGazetteer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi bench ingest}: documents per second from files to a store, on generated county documents. The corpus
 * and (unless {@code --db} names one) the store are made in a temporary folder and removed afterwards.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Documents per second of ingest (read, normalize, extract, store) on generated county documents.")
final class IngestBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "10000", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--db", paramLabel = "PATH|URL", description = "Store to ingest into (default: a new DuckDB file in a temporary folder).")
    String db;

    @Override
    public Integer call() throws Exception {
        if (docs < 1) {
            throw new IllegalArgumentException("--docs cannot be less than 1, was " + docs);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("xianzhi-bench-ingest");
        try {
            Path corpus = work.resolve("corpus");
            long start = System.nanoTime();
            long chars = new CountyDocumentGenerator(RegionGazetteer.standard(), seed).writeTo(corpus, docs);
            out.printf("corpus: %d generated documents, %d characters, written in %.1f s%n", docs, chars,
                    (System.nanoTime() - start) / 1e9);
            out.flush();
            List<Path> files = DocumentInputs.expand(corpus.toString());
            try (FactStore store = FactStore.open(db != null ? db : work.resolve("bench.duckdb").toString())) {
                Ingester ingester = Ingester.standard(store, threads);
                IngestReport first = ingester.ingest(files, new DocumentReader(), false,
                        IngestProgressDisplay.forConsole(spec.commandLine().getErr()));
                double seconds = first.elapsed().toNanos() / 1e9;
                out.printf("ingest (%s, %d threads): %d documents stored, %d facts, %d bad in %.1f s%n",
                        store.dialect().name().toLowerCase(Locale.ROOT), threads, first.tally().stored(),
                        first.tally().facts(), first.tally().bad(), seconds);
                out.printf("throughput: %.1f documents per second, %.2f million characters per second%n",
                        first.documentsPerSecond(), chars * ((double) first.tally().stored() / docs) / seconds / 1e6);
                out.flush();
                IngestReport again = ingester.ingest(files, new DocumentReader(), false, IngestProgress.silent());
                out.printf("re-run (every document already stored): %d skipped in %.1f s, %.0f documents per second%n",
                        again.tally().skipped(), again.elapsed().toNanos() / 1e9,
                        again.tally().skipped() / Math.max(again.elapsed().toNanos() / 1e9, 1e-9));
                out.printf("store now holds %d documents%n", store.documentCount());
                out.flush();
            }
        } finally {
            Folders.deleteRecursively(work);
        }
        return ExitCodes.OK;
    }
}
