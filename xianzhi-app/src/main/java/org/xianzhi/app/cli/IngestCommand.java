package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.xianzhi.app.ingest.BadFile;
import org.xianzhi.app.ingest.DocumentProfiler;
import org.xianzhi.app.ingest.FactParquetImport;
import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.IngestTally;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.search.SearchIndex;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.core.ingest.UnreadableDocumentException;
import org.xianzhi.core.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi ingest}: documents into the store, on every core, resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read files and folders (recursively), extract their facts and store both.",
            "A document already stored is skipped; a run killed at any moment can simply be run again.",
            "Bad files are listed at the end with their reasons; they never stop the run."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DocumentInputs inputs;

    @Mixin
    StoreOption store;

    @Mixin
    SearchOption search;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to ingest.")
    List<String> paths = List.of();

    @Option(names = "--reextract", description = "Extract documents already stored again (all of them when no PATH is given), replacing their facts.")
    boolean reextract;

    @Option(names = "--facts-parquet", paramLabel = "RUN",
            description = "Load the output folder of the Spark job (facts/, documents/) instead of reading files.")
    Path factsParquet;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    private final Pipeline pipeline;

    IngestCommand() {
        this(null);
    }

    /** With the pipeline to use; null for the standard one. */
    IngestCommand(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    private int loadSparkRun() throws Exception {
        try (FactStore facts = store.open()) {
            FactParquetImport.Imported i = new FactParquetImport(facts, Clock.systemUTC()).load(factsParquet);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d documents stored, %d skipped (already stored); %d facts (from %s; texts are not carried)%n",
                    i.documents(), i.skipped(), i.facts(), factsParquet);
            out.printf("store: %s (%d documents, %d facts)%n", store.location, facts.documentCount(), facts.factCount());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (factsParquet != null) {
            return loadSparkRun();
        }
        if (paths.isEmpty() && !reextract) {
            throw new IllegalArgumentException("name at least one PATH to ingest, or --reextract to re-extract the store");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String p : paths) {
            FolderListing listing = FolderListing.of(p);
            files.addAll(listing.files());
            skipped.addAll(listing.skipped());
        }
        skipped.forEach(line -> err.println("xianzhi: " + line));
        err.flush();
        try (FactStore facts = store.open(); SearchIndex index = search.open(store.location)) {
            SearchIndexing.heal(facts, index, err);
            Ingester ingester = new Ingester(facts, pipeline == null ? Pipeline.standard() : pipeline,
                    DocumentProfiler.standard(), threads, Clock.systemUTC()).indexingWith(index::index);
            if (inputs.eachFile) {
                // A line per document once the store holds it; skipped, bad and duplicate files get theirs below.
                ingester = ingester.onCommit(documents -> {
                    documents.forEach(d -> err.println("xianzhi: " + d.file() + ": stored"));
                    err.flush();
                });
            }
            IngestReport report = paths.isEmpty()
                    ? ingester.reextractStored(IngestProgressDisplay.forConsole(err))
                    : ingester.ingest(files, inputs.reader(), reextract, IngestProgressDisplay.forConsole(err));
            index.commit();
            IngestTally t = report.tally();
            out.printf("%d documents stored, %d re-extracted, %d skipped (already stored), %d bad; %d facts; %.1f s, %.1f documents/s%n",
                    t.stored(), t.reextracted(), t.skipped(), t.bad(), t.facts(), report.elapsed().toMillis() / 1000.0,
                    report.documentsPerSecond());
            out.printf("store: %s (%d documents, %d facts); search index: %s%n", store.location, facts.documentCount(),
                    facts.factCount(), index.dir());
            out.flush();
            if (!report.duplicates().isEmpty()) {
                err.printf("duplicates skipped (%d):%n", report.duplicates().size());
                report.duplicates().forEach(d -> err.printf("  %s: duplicate of %s%n", d.file(), d.of()));
            }
            if (!report.rejectedFacts().isEmpty()) {
                err.printf("facts dropped, their documents stored (%d):%n", report.rejectedFacts().size());
                report.rejectedFacts().forEach(r -> err.printf("  %s%n", r.message()));
                err.flush();
            }
            int walkExit = skipped.isEmpty() ? ExitCodes.OK : ExitCodes.forReason(UnreadableDocumentException.Reason.UNREADABLE_PATH);
            if (report.badFiles().isEmpty()) {
                return walkExit;
            }
            err.printf("bad files (%d):%n", report.badFiles().size());
            for (BadFile bad : report.badFiles()) {
                err.printf("  %s: %s%n", bad.file(), bad.reason());
            }
            err.flush();
            BadFile first = report.badFiles().get(0);
            return walkExit != ExitCodes.OK ? walkExit
                    : first.kind() == null ? ExitCodes.INTERNAL : ExitCodes.forReason(first.kind());
        }
    }
}
