package org.xianzhi.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;

import com.sun.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.xianzhi.app.bench.CountyDocumentGenerator;
import org.xianzhi.app.bench.Spread;
import org.xianzhi.app.ingest.DocumentProfiler;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.ingest.UnreadableDocumentException;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.region.RegionGazetteer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi bench scaling}: whether the work on one document grows in proportion to its size. Documents of 1, 4,
 * 16 and 48 MB are built by joining generated county documents and the texts under {@code --corpus} (their damage
 * included) into one file each; each is read, normalized, extracted and profiled on one thread, and the CPU time per MB
 * printed. Linear work gives the same time per MB at every size; the quadratic spots this found gave 10, 18, 54, 196 s
 * for 1, 2, 4, 8 MB.
 *
 * <p>The verdict is on the CPU time of the thread that reads: it is the work the document asks for. The process's CPU
 * time (printed beside it) adds the collector's and the compiler's, which depend on the heap's state and, on a shared
 * machine, swing a 1 MB round by half; so each size runs {@code --rounds} times after a warm-up that lasts until two
 * rounds agree, and the median is compared.
 */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = "CPU time per MB of reading and extracting one document of 1, 4, 16 and 48 MB: flat when linear.")
final class ScalingBench implements Callable<Integer> {
    private static final double MB = 1024 * 1024;
    private static final int MAX_WARM_UP_ROUNDS = 8;
    private static final double WARM_UP_TOLERANCE = 0.1;

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "1,4,16,48", description = "Document sizes in MB (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--corpus", defaultValue = "samples", description = "Folder whose texts are mixed in (default: ${DEFAULT-VALUE}; skipped when absent).")
    String corpus;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds per size; the median counts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = Pipeline.standard();
        DocumentProfiler profiler = DocumentProfiler.standard();
        List<String> mixedIn = corpusTexts();
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow(
                () -> new IllegalArgumentException("--sizes names no size"));
        DocumentReader reader = new DocumentReader((long) (largest * MB) + 1024 * 1024);
        out.printf("documents joined from generated county documents and %d texts of %s; one thread%n", mixedIn.size(), corpus);
        out.flush();
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1");
        }
        // Warm-up until the JIT has compiled the pipeline: the first megabytes run several times slower.
        byte[] warmUp = document(1, mixedIn);
        double[] warm = Spread.warmUp(() -> 1 / run(pipeline, profiler, reader, warmUp, null).threadPerMb(),
                WARM_UP_TOLERANCE, MAX_WARM_UP_ROUNDS);
        out.printf("warm-up: %d rounds of 1 MB until two agreed within %.0f%%%n", warm.length, WARM_UP_TOLERANCE * 100);
        double fastest = Double.MAX_VALUE;
        double slowest = 0;
        double processFastest = Double.MAX_VALUE;
        double processSlowest = 0;
        for (int size : sizes) {
            byte[] document = document(size, mixedIn);
            double[] thread = new double[rounds];
            double[] process = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                PerMb perMb = run(pipeline, profiler, reader, document, out);
                thread[round] = perMb.threadPerMb();
                process[round] = perMb.processPerMb();
            }
            Spread t = Spread.of(thread);
            Spread p = Spread.of(process);
            out.printf(Locale.ROOT, "%5d MB: per MB %s s of the reading thread, %s s of the process%n", size,
                    t.format("%.3f"), p.format("%.3f"));
            out.flush();
            fastest = Math.min(fastest, t.median());
            slowest = Math.max(slowest, t.median());
            processFastest = Math.min(processFastest, p.median());
            processSlowest = Math.max(processSlowest, p.median());
        }
        out.printf(Locale.ROOT, "slowest per MB / fastest per MB, medians of the reading thread's CPU: %.2f (linear: under 2);"
                + " of the process's: %.2f%n", slowest / fastest, processSlowest / processFastest);
        out.flush();
        return ExitCodes.OK;
    }

    /** CPU seconds per MB of one round: of the thread that read the document, and of the whole process. */
    private record PerMb(double threadPerMb, double processPerMb) {
    }

    /** Times one document; prints a line unless {@code out} is null. */
    private static PerMb run(Pipeline pipeline, DocumentProfiler profiler, DocumentReader reader, byte[] bytes,
                             PrintWriter out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        SourceDocument doc;
        try {
            doc = reader.read("scaling.txt", bytes);
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException("the generated document was refused: " + e.getMessage(), e);
        }
        Pipeline.Result result = pipeline.process(doc);
        profiler.profile(result, Instant.EPOCH);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // The collector's threads work for the document too: the process's CPU time is the honest total.
        double process = (os.getProcessCpuTime() - processStart) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double mb = bytes.length / MB;
        if (out != null) {
            out.printf(Locale.ROOT, "%5.1f MB (%,d characters): %6.2f s CPU of the reading thread (%.2f s of the process,"
                    + " %.2f s wall), %.3f s per MB; %,d facts; heap peak %,d MB%n", mb, doc.original().length(), cpu,
                    process, wall, cpu / mb, result.facts().size(), peak >> 20);
            out.flush();
        }
        return new PerMb(cpu / mb, process / mb);
    }

    /**
     * About {@code megabytes} MB of UTF-8 text: the same megabyte of generated documents, each followed in turn by one
     * corpus text, repeated — so that every size holds the same mix and only the length differs.
     */
    private byte[] document(int megabytes, List<String> mixedIn) {
        CountyDocumentGenerator generator = new CountyDocumentGenerator(RegionGazetteer.standard(), seed);
        StringBuilder unit = new StringBuilder();
        long bytes = 0;
        int next = 0;
        while (bytes < MB) {
            String part = generator.next().text();
            if (!mixedIn.isEmpty()) {
                part = part + "\n" + mixedIn.get(next++ % mixedIn.size());
            }
            unit.append(part).append('\n');
            bytes += part.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        byte[] one = unit.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[one.length * megabytes];
        for (int i = 0; i < megabytes; i++) {
            System.arraycopy(one, 0, all, i * one.length, one.length);
        }
        return all;
    }

    private List<String> corpusTexts() {
        List<String> texts = new ArrayList<>();
        if (!Files.isDirectory(Path.of(corpus))) {
            return texts;
        }
        DocumentReader reader = new DocumentReader();
        for (Path path : DocumentInputs.expand(corpus)) {
            try {
                texts.add(reader.read(path).original());
            } catch (UnreadableDocumentException e) {
                // A bad file in the corpus is simply not mixed in.
            }
        }
        return texts;
    }
}
