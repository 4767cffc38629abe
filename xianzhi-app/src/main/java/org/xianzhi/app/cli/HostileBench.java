package org.xianzhi.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.xianzhi.app.bench.HostileCorpus;
import org.xianzhi.core.ingest.UnreadableDocumentException;
import org.xianzhi.core.region.RegionGazetteer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi bench hostile}: the files that once stopped a run ({@link HostileCorpus}: bombs that expand to a GB,
 * a CMap range PDF, random bytes, poison figures, a one-line text of many MB) mixed with good documents, read by
 * {@code xianzhi extract} and then {@code xianzhi ingest} in processes of their own with the heap stated. Prints each
 * run's peak resident memory (the process and the container children it starts, sampled) and the slowest file's time
 * (extract reads one file after the other, so the time between its lines is a file's time), against the bounds.
 */
@Command(name = "hostile", mixinStandardHelpOptions = true,
        description = {"Peak memory and the slowest file's time of extract and ingest over hostile files mixed with",
            "good ones, each run in a process of its own; checked against the stated bounds."})
final class HostileBench implements Callable<Integer> {
    private static final long SAMPLE_MILLIS = 100;
    /** Linux's USER_HZ, the unit of /proc's CPU times, on every common system. */
    private static final int CLOCK_TICKS = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--good", defaultValue = "40", description = "Good documents mixed in (default: ${DEFAULT-VALUE}).")
    int good;

    @Option(names = "--bomb-mb", defaultValue = "1024", description = "How far each bomb expands (default: ${DEFAULT-VALUE} MB).")
    long bombMb;

    @Option(names = "--one-line-mb", defaultValue = "20", description = "Size of the one-line text (default: ${DEFAULT-VALUE} MB).")
    int oneLineMb;

    @Option(names = "--heap", defaultValue = "1g", description = "Heap of the extract and ingest processes (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--max-rss-mb", defaultValue = "2048",
            description = "Bound on a run's peak RSS, its container children included (default: ${DEFAULT-VALUE} MB: the heap, the JVM and DuckDB around it, one 768 MB child).")
    long maxRssMb;

    @Option(names = "--max-file-seconds", defaultValue = "60", description = "Bound on one file's time (default: ${DEFAULT-VALUE} s, the container child's limit).")
    double maxFileSeconds;

    @Option(names = "--seed", defaultValue = "13", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    /** What one run gave. */
    private record Run(int exit, long peakRssKb, double seconds, String slowestFile, double slowestSeconds,
                       double slowestCpuSeconds, int lines, List<String> lastLines) {
    }

    /** Lines of a run's standard error kept to show why it failed. */
    private static final int LAST_LINES = 12;

    @Override
    public Integer call() throws Exception {
        String launcher = System.getProperty(ApiBench.LAUNCHER_PROPERTY);
        if (launcher == null) {
            throw new IllegalStateException("bench hostile starts xianzhi in processes of its own: run it through ./xianzhi");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("xianzhi-bench-hostile");
        try {
            Path docs = work.resolve("docs");
            List<HostileCorpus.Written> files = new HostileCorpus(RegionGazetteer.standard(), seed, bombMb << 20)
                    .writeTo(docs, good, 1, oneLineMb << 20);
            long hostile = files.stream().filter(f -> f.kind() != null).count();
            out.printf(Locale.ROOT, "corpus: %d good documents and %d hostile files (bombs of %d MB, a one-line text of %d MB); heap %s%n",
                    files.size() - hostile, hostile, bombMb, oneLineMb, heap);
            out.flush();
            Run extract = run(launcher, List.of("extract", "--each-file", "-o", work.resolve("facts.jsonl").toString(),
                    docs.toString()));
            report(out, "extract", extract, true);
            Run ingest = run(launcher, List.of("ingest", "--db", work.resolve("store.duckdb").toString(), docs.toString()));
            report(out, "ingest ", ingest, false);
            boolean within = extract.peakRssKb() <= maxRssMb << 10 && ingest.peakRssKb() <= maxRssMb << 10
                    && extract.slowestCpuSeconds() <= maxFileSeconds;
            out.printf(Locale.ROOT, "bounds: peak RSS %d MB, one file %.0f s of CPU: %s%n", maxRssMb, maxFileSeconds,
                    within ? "held" : "EXCEEDED");
            out.flush();
            return within ? ExitCodes.OK : ExitCodes.INTERNAL;
        } finally {
            Folders.deleteRecursively(work);
        }
    }

    private static void report(PrintWriter out, String what, Run run, boolean perFile) {
        out.printf(Locale.ROOT, "%s: exit %d in %.1f s; peak RSS %d MB (with its container children)", what, run.exit(),
                run.seconds(), run.peakRssKb() >> 10);
        if (perFile) {
            out.printf(Locale.ROOT, "; %d lines; slowest file %.1f s wall, %.1f s CPU of the process (%s)", run.lines(),
                    run.slowestSeconds(), run.slowestCpuSeconds(), Path.of(run.slowestFile()).getFileName());
        }
        out.println();
        if (run.exit() != ExitCodes.OK && run.exit() != ExitCodes.forReason(
                UnreadableDocumentException.Reason.NOT_TEXT)) {
            // Neither success nor the first bad file's code: show how it ended.
            run.lastLines().forEach(line -> out.println("  | " + line));
        }
        out.flush();
    }

    /** Runs the launcher with {@code args}, timing its standard-error lines and sampling its memory. */
    private Run run(String launcher, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XIANZHI_JAVA_OPTS", "-Xmx" + heap);
        long start = System.nanoTime();
        Process p = pb.start();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (p.isAlive()) {
                long kb = rssKb(p.toHandle());
                for (ProcessHandle child : p.descendants().toList()) {
                    kb += rssKb(child);
                }
                peak.accumulateAndGet(kb, Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "xianzhi-bench-rss");
        sampler.setDaemon(true);
        sampler.start();
        String slowest = "";
        double slowestSeconds = 0;
        double slowestCpu = 0;
        int lines = 0;
        ArrayDeque<String> lastLines = new ArrayDeque<>();
        long last = System.nanoTime();
        double lastCpu = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                long now = System.nanoTime();
                double took = (now - last) / 1e9;
                double cpu = cpuSeconds(p.pid());
                double tookCpu = cpu - lastCpu;
                last = now;
                lastCpu = cpu;
                lines++;
                lastLines.addLast(line);
                if (lastLines.size() > LAST_LINES) {
                    lastLines.removeFirst();
                }
                if (took > slowestSeconds && line.startsWith("xianzhi: ")) {
                    slowestSeconds = took;
                    slowestCpu = tookCpu;
                    int colon = line.indexOf(": ", "xianzhi: ".length());
                    slowest = colon < 0 ? line : line.substring("xianzhi: ".length(), colon);
                }
            }
        }
        int exit = p.waitFor();
        sampler.interrupt();
        return new Run(exit, peak.get(), (System.nanoTime() - start) / 1e9, slowest, slowestSeconds, slowestCpu, lines,
                List.copyOf(lastLines));
    }

    /**
     * CPU seconds of a process so far, its waited-for children (the container JVMs) included, from /proc: on a loaded
     * machine a file's wall time says more about the others than about the file.
     */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime, stime, cutime, cstime: fields 14 to 17 of stat, 12 to 15 after the command's name
            long ticks = 0;
            for (int i = 11; i <= 14; i++) {
                ticks += Long.parseLong(fields[i]);
            }
            return ticks / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }


    /** A process's resident memory in kB from /proc; 0 when it is gone or unknown. */
    private static long rssKb(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone between listing and reading
        }
        return 0;
    }
}
