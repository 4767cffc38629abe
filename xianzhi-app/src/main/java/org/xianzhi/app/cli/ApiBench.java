package org.xianzhi.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.bench.Spread;
import org.xianzhi.app.ingest.IngestReport;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.search.SearchFolder;
import org.xianzhi.app.search.SearchIndex;
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
 * {@code xianzhi bench api}: latency of the pages' data over HTTP on this machine — a region's data and page, the
 * targets and the facts, unfiltered and for a region — on a store of real-sized generated documents (made in a
 * temporary folder unless {@code --db} names a store that already holds documents). The server runs as
 * {@code xianzhi serve} in a process of its own, with the launcher's options, so that its resident memory after the
 * bench is its own.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"Median and p99 latency of the API's endpoints and a region page over HTTP, on a store of",
            "real-sized generated documents; then the server's resident memory."})
final class ApiBench implements Callable<Integer> {
    /** Set by the {@code xianzhi} launcher: how to start a server of our own. */
    static final String LAUNCHER_PROPERTY = "xianzhi.launcher";
    private static final int WARM_UP_REQUESTS = 20;
    private static final int MAX_WARM_UP_ROUNDS = 6;
    private static final int RSS_SAMPLE_SECONDS = 5;
    private static final Pattern SERVING = Pattern.compile("serving http://[^:/]+:(\\d+)/");

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "3000", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--requests", defaultValue = "500", description = "Measured requests per endpoint (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generator and of the region choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--clients", defaultValue = "0",
            description = "Then load runs: this many clients at once over all the endpoints, the server's memory sampled (default: none).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Length of a load run (default: ${DEFAULT-VALUE} s).")
    int seconds;

    @Option(names = "--runs", defaultValue = "2", description = "Load runs, one after the other (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--db", paramLabel = "PATH|URL", description = "Use this store; documents are generated into it only when it is empty.")
    String db;

    /** A server to measure: where it answers, and its resident memory when asked. */
    private interface Server extends AutoCloseable {
        String base();

        String memory();

        /** The server's process, whose memory is sampled. */
        long pid();

        @Override
        void close() throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        if (docs < 1 || requests < 1) {
            throw new IllegalArgumentException("--docs and --requests must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("xianzhi-bench-api");
        String location = db != null ? db : work.resolve("bench.duckdb").toString();
        try {
            List<RegionSummary> regions;
            try (FactStore store = FactStore.open(location)) {
                if (store.documentCount() == 0) {
                    fill(store, location, work.resolve("corpus"), out);
                }
                regions = store.regionSummaries().stream().filter(r -> r.code() != null).toList();
                out.printf("store: %d documents, %d facts, %d regions%n", store.documentCount(), store.factCount(), regions.size());
                out.flush();
            }
            HttpClient http = HttpClient.newHttpClient();
            try (Server server = start(location)) {
                String base = server.base();
                long first = System.nanoTime();
                fetch(http, base + "/api/targets?limit=200");
                out.printf(Locale.ROOT, "first GET /api/targets?limit=200 after the server started: %.0f ms%n",
                        (System.nanoTime() - first) / 1e6);
                measure(out, http, base, regions, "region data    GET /api/regions/{code}       ", r -> "/api/regions/" + r.code());
                measure(out, http, base, regions, "region page    GET /regions/{code}           ", r -> "/regions/" + r.code());
                measure(out, http, base, regions, "targets        GET /api/targets?limit=200    ", r -> "/api/targets?limit=200");
                measure(out, http, base, regions, "region targets GET /api/targets?region={code}", r -> "/api/targets?limit=200&region=" + r.code());
                measure(out, http, base, regions, "facts          GET /api/facts?limit=200      ", r -> "/api/facts?limit=200");
                measure(out, http, base, regions, "region facts   GET /api/facts?region={code}  ", r -> "/api/facts?limit=200&region=" + r.code());
                out.printf("server memory after the bench: %s%n", server.memory());
                out.flush();
                for (int run = 1; run <= runs && clients > 0; run++) {
                    load(out, http, base, regions, server.pid(), run);
                }
            }
        } finally {
            Folders.deleteRecursively(work);
        }
        return ExitCodes.OK;
    }

    /** {@code xianzhi serve} in a process of its own when the launcher says where it is; else in this process. */
    private Server start(String location) throws Exception {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher == null) {
            FactStore store = FactStore.open(location);
            Atlas atlas = new Atlas(store, TargetTracker.standard(), IndicatorTaxonomy.standard(), DocumentSearch.none(),
                    null, new DocumentReader());
            WebServer server = WebServer.start(atlas, new WebServer.Settings("127.0.0.1", 0, null, 1));
            return new Server() {
                public String base() {
                    return "http://127.0.0.1:" + server.port();
                }

                public String memory() {
                    return residentMemory(ProcessHandle.current().pid()) + " (the bench's own process: started without the launcher)";
                }

                public long pid() {
                    return ProcessHandle.current().pid();
                }

                public void close() throws Exception {
                    server.close();
                    store.close();
                }
            };
        }
        ProcessBuilder pb = new ProcessBuilder(launcher, "serve", "--db", location, "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("XIANZHI_JAVA_OPTS"); // the server gets the launcher's own options for serve
        Process child = pb.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String port = null;
        while (port == null) {
            String line = lines.readLine();
            if (line == null) {
                break;
            }
            Matcher m = SERVING.matcher(line);
            port = m.find() ? m.group(1) : null;
        }
        if (port == null) {
            child.destroyForcibly();
            throw new IllegalStateException("xianzhi serve did not start (exit " + child.waitFor() + ")");
        }
        String base = "http://127.0.0.1:" + port;
        return new Server() {
            public String base() {
                return base;
            }

            public String memory() {
                return residentMemory(child.pid()) + " (xianzhi serve, process " + child.pid() + ")";
            }

            public long pid() {
                return child.pid();
            }

            public void close() throws Exception {
                child.destroy();
                if (!child.waitFor(20, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            }
        };
    }

    /** Resident memory now and at its peak, from /proc (Linux); "unknown" elsewhere. */
    private static String residentMemory(long pid) {
        try {
            String rss = null;
            String peak = null;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = line.substring(6).strip();
                } else if (line.startsWith("VmHWM:")) {
                    peak = line.substring(6).strip();
                }
            }
            return String.format(Locale.ROOT, "RSS %s (peak %s)", megabytes(rss), megabytes(peak));
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Resident memory in MB from /proc, or -1 where it cannot be read. */
    private static long residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip()) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // below: unknown
        }
        return -1;
    }

    /** The endpoints of the load runs, each with a region drawn for it. */
    private static final List<Function<RegionSummary, String>> LOAD_PATHS = List.of(
            r -> "/api/regions/" + r.code(), r -> "/regions/" + r.code(), r -> "/api/targets?limit=200",
            r -> "/api/targets?limit=200&region=" + r.code(), r -> "/api/facts?limit=200",
            r -> "/api/facts?limit=200&region=" + r.code());

    /**
     * {@code clients} threads asking for the endpoints at random for {@code seconds}, the server's RSS read every
     * {@value #RSS_SAMPLE_SECONDS} s: whether memory levels off under concurrency or keeps growing.
     */
    private void load(PrintWriter out, HttpClient http, String base, List<RegionSummary> regions, long pid, int run)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(seed + run * 1000L + c);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    RegionSummary r = regions.get(random.nextInt(regions.size()));
                    String url = base + LOAD_PATHS.get(random.nextInt(LOAD_PATHS.size())).apply(r);
                    long start = System.nanoTime();
                    try {
                        fetch(http, url);
                        millis.add((System.nanoTime() - start) / 1e6);
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "xianzhi-bench-client");
            threads.add(t);
            t.start();
        }
        List<Long> rss = new ArrayList<>();
        while (System.nanoTime() < end) {
            rss.add(residentMegabytes(pid));
            Thread.sleep(Math.min(RSS_SAMPLE_SECONDS * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        for (Thread t : threads) {
            t.join();
        }
        rss.add(residentMegabytes(pid));
        double[] all = millis.stream().mapToDouble(Double::doubleValue).toArray();
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "load run %d: %d clients for %d s: %d requests (%.0f/s), %d errors, median %.0f ms, p99 %.0f ms;"
                        + " server RSS every %d s: %s MB%n", run, clients, seconds, all.length, all.length / (double) seconds,
                errors.get(), all.length == 0 ? 0 : Spread.of(all).median(),
                all.length == 0 ? 0 : sorted[(int) Math.ceil(all.length * 0.99) - 1], RSS_SAMPLE_SECONDS, rss);
        out.flush();
    }

    private static String megabytes(String kb) {
        return kb == null ? "?" : String.format(Locale.ROOT, "%.0f MB", Long.parseLong(kb.replace("kB", "").strip()) / 1024.0);
    }

    private void fill(FactStore store, String location, Path corpus, PrintWriter out) throws Exception {
        long chars = CountyDocumentGenerator.realSized(RegionGazetteer.standard(), seed).writeTo(corpus, docs);
        IngestReport report;
        // The search index too, as ingest builds it: else the server would build it on start-up.
        try (SearchIndex index = SearchIndex.open(SearchFolder.of(location, null))) {
            report = Ingester.standard(store, Runtime.getRuntime().availableProcessors()).indexingWith(index::index)
                    .ingest(DocumentInputs.expand(corpus.toString()), new DocumentReader(), false,
                            IngestProgressDisplay.forConsole(spec.commandLine().getErr()));
            index.commit();
        }
        out.printf(Locale.ROOT, "generated and ingested %d real-sized documents (%.1f M characters) in %.1f s%n",
                report.tally().stored(), chars / 1e6, report.elapsed().toNanos() / 1e9);
    }

    /**
     * Warm-up rounds of {@value #WARM_UP_REQUESTS} requests until two agree within a tenth in median, then {@code requests} requests for
     * regions drawn at random; prints median, p99 and max.
     */
    private void measure(PrintWriter out, HttpClient http, String base, List<RegionSummary> regions, String what,
                         Function<RegionSummary, String> path) throws IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(seed);
        Spread.warmUp(() -> {
            double[] millis = new double[WARM_UP_REQUESTS];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                fetchUnchecked(http, base + path.apply(regions.get(random.nextInt(regions.size()))));
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            return 1 / Spread.of(millis).median();
        }, 0.1, MAX_WARM_UP_ROUNDS);
        double[] millis = new double[requests];
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            String url = base + path.apply(regions.get(random.nextInt(regions.size())));
            long start = System.nanoTime();
            bytes += fetch(http, url);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%s: %d requests, median %.2f ms, p99 %.2f ms, max %.2f ms, %.1f KB on average%n", what,
                requests, Spread.of(millis).median(), sorted[(int) Math.ceil(requests * 0.99) - 1], sorted[requests - 1],
                bytes / 1024.0 / requests);
        out.flush();
    }

    private static int fetchUnchecked(HttpClient http, String url) {
        try {
            return fetch(http, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int fetch(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body().length;
    }
}
