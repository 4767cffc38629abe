package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.RegionSummary;
import org.xianzhi.app.tracking.TargetTracker;
import org.xianzhi.app.web.Atlas;
import org.xianzhi.app.web.DocumentSearch;
import org.xianzhi.app.web.WebServer;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.region.RegionGazetteer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi bench api}: latency of the region page's data ({@code GET /api/regions/{code}}) and of the page itself,
 * over HTTP on this machine, on a store of generated county documents (made in a temporary folder unless {@code --db}
 * names a store that already holds documents).
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Median and p99 latency of a region page's data and page over HTTP, on a store of generated documents.")
final class ApiBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "10000", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--requests", defaultValue = "1000", description = "Measured requests of each kind (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generator and of the region choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--db", paramLabel = "PATH|URL", description = "Use this store; documents are generated into it only when it is empty.")
    String db;

    @Override
    public Integer call() throws Exception {
        if (docs < 1 || requests < 1) {
            throw new IllegalArgumentException("--docs and --requests must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("xianzhi-bench-api");
        try (FactStore store = FactStore.open(db != null ? db : work.resolve("bench.duckdb").toString())) {
            if (store.documentCount() == 0) {
                fill(store, work.resolve("corpus"), out);
            }
            List<RegionSummary> regions = store.regionSummaries().stream().filter(r -> r.code() != null).toList();
            out.printf("store: %d documents, %d facts, %d regions%n", store.documentCount(), store.factCount(), regions.size());
            out.flush();
            Atlas atlas = new Atlas(store, TargetTracker.standard(), IndicatorTaxonomy.standard(), DocumentSearch.none(),
                    null, new DocumentReader());
            try (WebServer server = WebServer.start(atlas, new WebServer.Settings("127.0.0.1", 0, null, 1))) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                measure(out, http, base + "/api/regions/", regions, "region data  GET /api/regions/{code}");
                measure(out, http, base + "/regions/", regions, "region page  GET /regions/{code}    ");
            }
        } finally {
            Folders.deleteRecursively(work);
        }
        return ExitCodes.OK;
    }

    private void fill(FactStore store, Path corpus, PrintWriter out) throws Exception {
        long chars = new CountyDocumentGenerator(RegionGazetteer.standard(), seed).writeTo(corpus, docs);
        Ingester ingester = Ingester.standard(store, Runtime.getRuntime().availableProcessors());
        IngestReport report = ingester.ingest(DocumentInputs.expand(corpus.toString()), new DocumentReader(), false,
                IngestProgressDisplay.forConsole(spec.commandLine().getErr()));
        out.printf("generated and ingested %d documents (%d characters) in %.1f s%n", report.tally().stored(), chars,
                report.elapsed().toNanos() / 1e9);
    }

    /** A warm-up round, then {@code requests} requests for regions drawn at random; prints median, p99 and max. */
    private void measure(PrintWriter out, HttpClient http, String prefix, List<RegionSummary> regions, String what)
            throws IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < Math.min(200, requests); i++) {
            fetch(http, prefix + regions.get(random.nextInt(regions.size())).code());
        }
        long[] nanos = new long[requests];
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            String url = prefix + regions.get(random.nextInt(regions.size())).code();
            long start = System.nanoTime();
            bytes += fetch(http, url);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "%s: %d requests, median %.2f ms, p99 %.2f ms, max %.2f ms, %.1f KB on average%n", what,
                requests, nanos[requests / 2] / 1e6, nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6,
                nanos[requests - 1] / 1e6, bytes / 1024.0 / requests);
        out.flush();
    }

    private static int fetch(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body().length;
    }
}
