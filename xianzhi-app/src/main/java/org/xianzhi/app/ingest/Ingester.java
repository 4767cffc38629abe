package org.xianzhi.app.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.xianzhi.app.store.ExtractedDocument;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoreWriter;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.fact.RejectedFact;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.ingest.UnreadableDocumentException;
import org.xianzhi.core.pipeline.Pipeline;

/**
 * Reads documents through the pipeline into a {@link FactStore}. A pool of threads reads, extracts and analyses for
 * search (a {@link DocumentIndexer}); the calling thread is the one writer, committing what they produce in batches of
 * up to {@value #BATCH} documents per transaction, each document with its facts. The writer only writes: everything
 * that costs in proportion to a document's text runs on the pool, so ingest goes at the speed of reading. A document
 * already stored is skipped before any work is spent on it, unless re-extraction is asked for.
 */
public final class Ingester {
    static final int BATCH = 128;
    /**
     * How long the writer waits for a batch to fill before committing what it has: a commit costs nearly the same for
     * one document as for many, and a second and a half is hardly seen in the progress.
     */
    private static final long LINGER_NANOS = 1_500_000_000L;
    /** Documents read but not yet written, per extraction thread: bounds memory whatever the input size. */
    private static final int IN_FLIGHT_PER_THREAD = 16;
    /**
     * Heap a document may take per byte of its input while it is read, extracted and waits to be written: a 50 MB
     * one-line HTML page peaked near 800 MB of heap. The {@link MemoryBudget} of a run is the heap over this.
     */
    static final int HEAP_PER_INPUT_BYTE = 16;

    private final FactStore store;
    private final Pipeline pipeline;
    private final DocumentProfiler profiler;
    private final int threads;
    private final Clock clock;
    private final CommitListener listener;
    private final DocumentIndexer indexer;
    private final long budgetBytes;

    public Ingester(FactStore store, Pipeline pipeline, DocumentProfiler profiler, int threads, Clock clock) {
        this(store, pipeline, profiler, threads, clock, CommitListener.none(), DocumentIndexer.none(),
                Runtime.getRuntime().maxMemory() / HEAP_PER_INPUT_BYTE);
    }

    /** The standard pipeline and profiler on {@code threads} extraction threads, stamped with the system clock. */
    public static Ingester standard(FactStore store, int threads) {
        return new Ingester(store, Pipeline.standard(), DocumentProfiler.standard(), threads, Clock.systemUTC());
    }

    private Ingester(FactStore store, Pipeline pipeline, DocumentProfiler profiler, int threads, Clock clock,
                     CommitListener listener, DocumentIndexer indexer, long budgetBytes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads cannot be less than 1, was " + threads);
        }
        this.store = store;
        this.pipeline = pipeline;
        this.profiler = profiler;
        this.threads = threads;
        this.clock = clock;
        this.listener = listener;
        this.indexer = indexer;
        this.budgetBytes = budgetBytes;
    }

    /**
     * This ingester, telling {@code listener} of each batch once the store has committed it.
     *
     * @throws UncheckedIOException from {@link #ingest} or {@link #reextractStored} when the listener fails
     */
    public Ingester onCommit(CommitListener listener) {
        return new Ingester(store, pipeline, profiler, threads, clock, listener, indexer, budgetBytes);
    }

    /**
     * This ingester, handing each extracted document to {@code indexer} on the extraction thread, before the store
     * commits it. A document that fails there is reported as a bad file and not stored.
     */
    public Ingester indexingWith(DocumentIndexer indexer) {
        return new Ingester(store, pipeline, profiler, threads, clock, listener, indexer, budgetBytes);
    }

    /**
     * This ingester, holding the documents being read, extracted or waiting to be written to {@code bytes} of input
     * at once (by default the heap over {@value #HEAP_PER_INPUT_BYTE}); a document larger than that runs alone.
     */
    public Ingester withMemoryBudget(long bytes) {
        return new Ingester(store, pipeline, profiler, threads, clock, listener, indexer, bytes);
    }

    /**
     * Ingests files. A document already stored is skipped, or with {@code reextract} extracted again and its facts
     * replaced.
     */
    public IngestReport ingest(List<Path> files, DocumentReader reader, boolean reextract, IngestProgress progress)
            throws SQLException, InterruptedException {
        Set<String> known = store.documentIds();
        return run(files.size(), progress, submit -> {
            for (Path path : files) {
                submit.accept(path.toString(), inputSize(path), () -> reader.read(path), known, reextract);
            }
        });
    }

    /** Ingests one document given as bytes (an upload), named {@code file}; skipped when already stored. */
    public IngestReport ingest(String file, byte[] bytes, DocumentReader reader) throws SQLException, InterruptedException {
        Set<String> known = store.documentIds();
        return run(1, IngestProgress.silent(),
                submit -> submit.accept(file, bytes.length, () -> reader.read(file, bytes), known, false));
    }

    /** Extracts every stored document again from its stored original text, replacing its facts. */
    public IngestReport reextractStored(IngestProgress progress) throws SQLException, InterruptedException {
        Set<String> known = store.documentIds();
        // A stored text counts as its UTF-8 size would: Chinese takes 3 bytes a character, 2 in the heap.
        return run(known.size(), progress, submit -> store.forEachDocument(d -> submit.accept(d.file(),
                3L * d.original().length(),
                () -> new SourceDocument(d.id(), d.file(), d.original(), d.format(), d.charset()), known, true)));
    }

    /** How a source hands over its document. */
    private interface Source {
        SourceDocument read() throws UnreadableDocumentException;
    }

    private interface Submitter {
        void accept(String file, long inputBytes, Source source, Set<String> known, boolean reextract);
    }

    private interface Producer {
        void produce(Submitter submit) throws SQLException;
    }

    /**
     * What became of one source, and the thread time it took; {@code rejected} are the facts its extraction refused,
     * {@code duplicate} names the file of this run it repeats.
     */
    private record Outcome(ExtractedDocument extracted, boolean replace, BadFile bad, int endOfInput,
                           List<RejectedFact> rejected, Duplicate duplicate, StageTimes times, int budgetShare) {
        static Outcome skipped(StageTimes times) {
            return new Outcome(null, false, null, -1, List.of(), null, times, 0);
        }

        static Outcome duplicate(Duplicate duplicate, StageTimes times) {
            return new Outcome(null, false, null, -1, List.of(), duplicate, times, 0);
        }

        static Outcome end(int submitted) {
            return new Outcome(null, false, null, submitted, List.of(), null, StageTimes.ZERO, 0);
        }

        static Outcome bad(BadFile bad, StageTimes times) {
            return new Outcome(null, false, bad, -1, List.of(), null, times, 0);
        }

        /** This outcome, holding {@code share} of the run's {@link MemoryBudget} until it is written. */
        Outcome holding(int share) {
            return new Outcome(extracted, replace, bad, endOfInput, rejected, duplicate, times, share);
        }
    }

    private IngestReport run(int total, IngestProgress progress, Producer producer)
            throws SQLException, InterruptedException {
        long start = System.nanoTime();
        int capacity = threads * IN_FLIGHT_PER_THREAD + BATCH;
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        Semaphore inFlight = new Semaphore(capacity);
        MemoryBudget budget = new MemoryBudget(budgetBytes);
        Map<String, String> claimed = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "xianzhi-extract");
            t.setDaemon(true);
            return t;
        });
        List<BadFile> bad = new ArrayList<>();
        List<RejectedFact> rejected = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        IngestTally tally = IngestTally.start(total);
        progress.started(tally);
        Thread feeder = new Thread(() -> feed(producer, pool, inFlight, budget, outcomes, claimed), "xianzhi-feed");
        feeder.setDaemon(true);
        feeder.start();
        try (StoreWriter writer = store.writer()) {
            int received = 0;
            int expected = -1;
            List<Outcome> batch = new ArrayList<>(BATCH);
            while (expected < 0 || received < expected) {
                batch.clear();
                List<ExtractedDocument> adds = new ArrayList<>();
                List<ExtractedDocument> replaces = new ArrayList<>();
                int skipped = 0;
                int badNow = 0;
                StageTimes times = StageTimes.ZERO;
                long lingerUntil = 0;
                while (adds.size() + replaces.size() < BATCH && (expected < 0 || received < expected)) {
                    Outcome o;
                    if (lingerUntil == 0) {
                        o = outcomes.take();
                        lingerUntil = System.nanoTime() + LINGER_NANOS;
                    } else {
                        o = outcomes.poll(Math.max(0, lingerUntil - System.nanoTime()), TimeUnit.NANOSECONDS);
                        if (o == null) {
                            break;
                        }
                    }
                    batch.add(o);
                    if (o.endOfInput() >= 0) {
                        expected = o.endOfInput();
                        continue;
                    }
                    received++;
                    inFlight.release();
                    rejected.addAll(o.rejected());
                    if (o.duplicate() != null) {
                        duplicates.add(o.duplicate());
                    }
                    times = times.plus(o.times());
                    if (o.bad() != null) {
                        bad.add(o.bad());
                        badNow++;
                    } else if (o.extracted() == null) {
                        skipped++;
                    } else if (o.replace()) {
                        replaces.add(o.extracted());
                    } else {
                        adds.add(o.extracted());
                    }
                }
                long writing = System.nanoTime();
                StageClock writerCpu = new StageClock();
                int refusedBefore = bad.size();
                StoreWriter.Written added = write(writer::add, adds, bad);
                StoreWriter.Written replaced = write(writer::replace, replaces, bad);
                badNow += bad.size() - refusedBefore;
                batch.forEach(o -> budget.release(o.budgetShare()));
                tellCommitted(adds, replaces);
                times = times.plus(new StageTimes(0, 0, 0, System.nanoTime() - writing, writerCpu.lap()));
                // A document another process stored meanwhile counts as skipped.
                skipped += adds.size() - added.documents();
                tally = tally.plus(added.documents() + replaced.documents(), replaces.size() - replaced.documents(),
                        skipped, badNow, added.facts() + replaced.facts(), times);
                progress.advanced(tally);
            }
        } finally {
            pool.shutdownNow();
            feeder.interrupt();
        }
        progress.finished(tally);
        return new IngestReport(tally, bad, rejected, duplicates, Duration.ofNanos(System.nanoTime() - start));
    }

    private interface Write {
        StoreWriter.Written write(List<ExtractedDocument> batch) throws SQLException;
    }

    /**
     * Writes a batch; when the store refuses it, writes its documents one by one so that one document the store cannot
     * take is listed as bad (and removed from {@code batch}) instead of rolling back the others on every re-run. When
     * every document fails alone too, the store itself is failing: that ends the run.
     */
    private static StoreWriter.Written write(Write write, List<ExtractedDocument> batch, List<BadFile> bad)
            throws SQLException {
        if (batch.isEmpty()) {
            return new StoreWriter.Written(0, 0);
        }
        try {
            return write.write(batch);
        } catch (SQLException batchFailure) {
            if (batch.size() == 1) {
                bad.add(refused(batch.get(0), batchFailure));
                batch.clear();
                return new StoreWriter.Written(0, 0);
            }
            int documents = 0;
            int facts = 0;
            List<ExtractedDocument> written = new ArrayList<>();
            List<BadFile> refused = new ArrayList<>();
            for (ExtractedDocument one : batch) {
                try {
                    StoreWriter.Written w = write.write(List.of(one));
                    documents += w.documents();
                    facts += w.facts();
                    written.add(one);
                } catch (SQLException e) {
                    refused.add(refused(one, e));
                }
            }
            if (written.isEmpty()) {
                throw batchFailure;
            }
            bad.addAll(refused);
            batch.retainAll(written);
            return new StoreWriter.Written(documents, facts);
        }
    }

    /** The store's refusal, without its SQL: the first line of the driver's message names the problem. */
    private static BadFile refused(ExtractedDocument document, SQLException e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        if (message.length() > 200) {
            message = message.substring(0, 199) + "…";
        }
        return new BadFile(document.document().file(), "the store refused it: " + message, null);
    }

    private void tellCommitted(List<ExtractedDocument> adds, List<ExtractedDocument> replaces) {
        if (adds.isEmpty() && replaces.isEmpty()) {
            return;
        }
        List<StoredDocument> committed = new ArrayList<>(adds.size() + replaces.size());
        adds.forEach(e -> committed.add(e.document()));
        replaces.forEach(e -> committed.add(e.document()));
        try {
            listener.committed(committed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void feed(Producer producer, ExecutorService pool, Semaphore inFlight, MemoryBudget budget,
                      BlockingQueue<Outcome> outcomes, Map<String, String> claimed) {
        AtomicInteger submitted = new AtomicInteger();
        try {
            producer.produce((file, inputBytes, source, known, reextract) -> {
                int share;
                try {
                    inFlight.acquire();
                    share = budget.acquire(inputBytes);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("ingest stopped", e);
                }
                submitted.incrementAndGet();
                pool.execute(() -> put(outcomes, work(file, source, known, reextract, claimed).holding(share)));
            });
        } catch (SQLException | RuntimeException e) {
            // The writer must still learn where the input ended; what failed is reported as one bad source.
            submitted.incrementAndGet();
            put(outcomes, Outcome.bad(new BadFile("(input)", "listing stopped: " + e.getMessage(), null), StageTimes.ZERO));
        }
        put(outcomes, Outcome.end(submitted.get()));
    }

    /** A file's size, or 0 when it cannot be read: the reader then reports why. */
    private static long inputSize(Path path) {
        try {
            return Files.size(path);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private Outcome work(String file, Source source, Set<String> known, boolean reextract, Map<String, String> claimed) {
        StageClock stages = new StageClock();
        try {
            SourceDocument doc = source.read();
            long read = stages.lap();
            boolean stored = known.contains(doc.id());
            String first = claimed.putIfAbsent(doc.id(), doc.file());
            if (first != null) {
                return Outcome.duplicate(new Duplicate(doc.file(), first), new StageTimes(read, 0, 0, 0, 0));
            }
            if (stored && !reextract) {
                return Outcome.skipped(new StageTimes(read, 0, 0, 0, 0));
            }
            Pipeline.Result result = pipeline.process(doc);
            ExtractedDocument extracted = profiler.profile(result, clock.instant());
            long extract = stages.lap();
            indexer.index(extracted.document(), result.clean());
            return new Outcome(extracted, stored, null, -1, result.rejected(), null,
                    new StageTimes(read, extract, stages.lap(), 0, 0), 0);
        } catch (UnreadableDocumentException e) {
            return Outcome.bad(new BadFile(e.file(), e.getMessage().substring(e.file().length() + 2), e.reason()),
                    new StageTimes(stages.lap(), 0, 0, 0, 0));
        } catch (IOException e) {
            return Outcome.bad(new BadFile(file, "search indexing failed: " + e, null), StageTimes.ZERO);
        } catch (RuntimeException | Error e) {
            // Any Error too (a parser's LinkageError, an OutOfMemoryError on one huge file): a worker that died
            // without an outcome would leave the writer waiting for it forever.
            return Outcome.bad(new BadFile(file, "extraction failed: " + e, null), StageTimes.ZERO);
        }
    }

    /** The thread time between laps: what a stage cost this thread, whatever else shares the cores. */
    private static final class StageClock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long last = now();

        long lap() {
            long t = now();
            long lap = t - last;
            last = t;
            return lap;
        }

        private static long now() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }

    private static void put(BlockingQueue<Outcome> outcomes, Outcome outcome) {
        try {
            outcomes.put(outcome);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
