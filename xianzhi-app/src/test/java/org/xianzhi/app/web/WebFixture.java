package org.xianzhi.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.xianzhi.app.cli.SampleFolder;
import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.ingest.DocumentReader;

/** A store and a server over it, for one test class. */
final class WebFixture implements AutoCloseable {
    final FactStore store;
    final WebServer server;
    final WebClient client;

    private WebFixture(FactStore store, WebServer server) {
        this.store = store;
        this.server = server;
        this.client = new WebClient(server.port());
    }

    /** A server on a free port of 127.0.0.1 over the store at {@code db}, after ingesting {@code files}. */
    static WebFixture start(Path db, List<Path> files, DocumentSearch search, String token, long maxUpload)
            throws SQLException, InterruptedException {
        FactStore store = FactStore.open(db.toString());
        Ingester ingester = Ingester.standard(store, 2);
        if (!files.isEmpty()) {
            IngestReport report = ingester.ingest(files, new DocumentReader(), false, IngestProgress.silent());
            if (!report.badFiles().isEmpty()) {
                throw new IllegalStateException("fixture documents failed: " + report.badFiles());
            }
        }
        Atlas atlas = new Atlas(store, TargetTracker.standard(), IndicatorTaxonomy.standard(), search,
                token == null ? null : ingester, new DocumentReader(maxUpload));
        return new WebFixture(store, WebServer.start(atlas, new WebServer.Settings("127.0.0.1", 0, token, maxUpload)));
    }

    /** The bundled samples. */
    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SampleFolder.locate())) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Override
    public void close() throws SQLException {
        server.close();
        store.close();
    }
}
