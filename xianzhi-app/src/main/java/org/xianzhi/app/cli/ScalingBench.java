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
import java.util.concurrent.Callable;

import org.xianzhi.app.bench.CountyDocumentGenerator;
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
 */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = "CPU time per MB of reading and extracting one document of 1, 4, 16 and 48 MB: flat when linear.")
final class ScalingBench implements Callable<Integer> {
    private static final double MB = 1024 * 1024;
    private static final int WARM_UP_ROUNDS = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "1,4,16,48", description = "Document sizes in MB (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--corpus", defaultValue = "samples", description = "Folder whose texts are mixed in (default: ${DEFAULT-VALUE}; skipped when absent).")
    String corpus;

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
        // Warm-up until the JIT has compiled the pipeline; the first megabytes run several times slower.
        byte[] warmUp = document(4, mixedIn);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            run(pipeline, profiler, reader, warmUp, null);
        }
        double fastest = Double.MAX_VALUE;
        double slowest = 0;
        for (int size : sizes) {
            double perMb = run(pipeline, profiler, reader, document(size, mixedIn), out);
            fastest = Math.min(fastest, perMb);
            slowest = Math.max(slowest, perMb);
        }
        out.printf("slowest per MB / fastest per MB: %.2f (linear: under 2)%n", slowest / fastest);
        out.flush();
        return ExitCodes.OK;
    }

    /** Times one document; prints a line and returns CPU seconds per MB. */
    private static double run(Pipeline pipeline, DocumentProfiler profiler, DocumentReader reader, byte[] bytes,
                              PrintWriter out) throws UnreadableDocumentException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        SourceDocument doc = reader.read("scaling.txt", bytes);
        Pipeline.Result result = pipeline.process(doc);
        profiler.profile(result, Instant.EPOCH);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // The collector's threads work for the document too: the process's CPU time is the honest total.
        double process = (os.getProcessCpuTime() - processStart) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double mb = bytes.length / MB;
        if (out != null) {
            out.printf("%5.1f MB (%,d characters): %6.2f s CPU of the process (%.2f s of its thread, %.2f s wall),"
                    + " %.3f s per MB; %,d facts; heap peak %,d MB%n", mb, doc.original().length(), process, cpu, wall,
                    process / mb, result.facts().size(), peak >> 20);
            out.flush();
        }
        return process / mb;
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
