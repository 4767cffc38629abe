package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.search.SearchIndex;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.app.web.Atlas;
import org.xianzhi.app.web.WebServer;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.IsolatedContainers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi serve}: the web pages and the JSON API over the store, until killed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web pages and the JSON API (/api, described at /api/openapi.json) over the store.",
            "Read-only unless started with --token: then POST /api/documents ingests an uploaded file."})
final class ServeCommand implements Callable<Integer> {
    /** How long an upload waits for an ingest to let go of the search index before it is left to the next heal. */
    private static final Duration UPLOAD_INDEX_PATIENCE = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServeOptions options;

    @Mixin
    SearchOption search;

    @Override
    public Integer call() throws Exception {
        WebServer.Settings settings = options.settings();
        try (FactStore facts = open(store.location, settings)) {
            Path searchDir = search.folder(store.location);
            SearchIndexing.healWhenFree(facts, searchDir, spec.commandLine().getErr());
            return serve(facts, searchDir, settings, spec.commandLine().getOut());
        }
    }

    /** Only a server that takes uploads opens the store to write (and a DuckDB file then only while writing). */
    static FactStore open(String location, WebServer.Settings settings) throws SQLException {
        return settings.token() == null ? FactStore.openForReading(location) : FactStore.open(location);
    }

    /**
     * Serves {@code facts}, searched through the index in {@code searchDir}, until the process is stopped. The index
     * is read beside whoever writes it (an ingest); an upload takes the index's write lock only while indexing.
     */
    static int serve(FactStore facts, Path searchDir, WebServer.Settings settings, PrintWriter out) throws Exception {
        facts.serveSmallQueries();
        try (SearchIndex index = SearchIndex.openForReading(searchDir)) {
            return serve(facts, index, settings, out);
        }
    }

    private static int serve(FactStore facts, SearchIndex index, WebServer.Settings settings, PrintWriter out) throws Exception {
        // An upload is searchable as soon as it is stored.
        Ingester ingester = settings.token() == null ? null
                : Ingester.standard(facts, 1)
                        .onCommit(documents -> {
                            try (SearchIndex writing = SearchIndex.openWhenFree(index.dir(), UPLOAD_INDEX_PATIENCE)) {
                                writing.index(documents);
                                writing.commit();
                            } catch (IllegalStateException heldByAnIngest) {
                                // Stored all the same: the next ingest or serve indexes what the index lacks.
                                System.err.println("xianzhi serve: " + heldByAnIngest.getMessage()
                                        + "; the upload is stored and will be indexed by the next ingest or serve");
                            }
                        });
        Atlas atlas = new Atlas(facts, TargetTracker.standard(), IndicatorTaxonomy.standard(), index::search,
                ingester, new DocumentReader(settings.maxUploadBytes()).isolatingContainers(IsolatedContainers.DEFAULT));
        atlas.warmUp();
        CountDownLatch stopped = new CountDownLatch(1);
        try (WebServer server = WebServer.start(atlas, settings)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "xianzhi-serve-stop"));
            String host = settings.host();
            String shownHost = host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host;
            out.printf("xianzhi: serving http://%s:%d/ (%s; Ctrl-C stops)%n", shownHost, server.port(),
                    settings.token() == null ? "read-only" : "uploads allowed with the token");
            out.flush();
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
