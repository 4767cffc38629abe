package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.search.SearchFolder;
import org.xianzhi.app.search.SearchIndex;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi demo}: the bundled samples into a fresh store, then the web pages over it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled samples/ into a fresh store (recreated each time) and serve the web pages.",
            "Prints the address; runs until stopped."})
final class DemoCommand implements Callable<Integer> {
    static final String DEMO_STORE = "xianzhi-data/demo.duckdb";

    @Spec
    CommandSpec spec;

    @Mixin
    DocumentInputs inputs;

    @Mixin
    ServeOptions options;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = DEMO_STORE,
            description = "The DuckDB file to recreate for the demo (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--samples", paramLabel = "DIR", description = "Documents to ingest (default: the repository's samples/).")
    Path samples;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        WebServer.Settings settings = options.settings();
        Path folder = samples != null ? samples : SampleFolder.locate();
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
        Path searchFolder = SearchFolder.of(db.toString(), null);
        Folders.deleteRecursively(searchFolder); // the demo's search index is recreated with its store
        try (FactStore facts = FactStore.open(db.toString()); SearchIndex index = SearchIndex.open(searchFolder)) {
            Ingester ingester = Ingester.standard(facts, Runtime.getRuntime().availableProcessors()).indexingWith(index::index);
            IngestReport report = ingester.ingest(DocumentInputs.expand(folder.toString()), inputs.reader(), false,
                    IngestProgressDisplay.forConsole(spec.commandLine().getErr()));
            out.printf("xianzhi demo: %d documents from %s, %d facts, into %s%n", report.tally().stored(), folder,
                    report.tally().facts(), db);
            report.badFiles().forEach(b -> out.printf("  skipped %s: %s%n", b.file(), b.reason()));
            out.flush();
            index.commit();
        }
        // Served as serve serves it: the store opened to read, beside an ingest or a Python session on it.
        try (FactStore facts = ServeCommand.open(db.toString(), settings)) {
            return ServeCommand.serve(facts, searchFolder, settings, out);
        }
    }
}
