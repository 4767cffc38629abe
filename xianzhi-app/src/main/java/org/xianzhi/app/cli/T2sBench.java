package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.normalize.TraditionalToSimplifiedFilter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi bench t2s}: how well and how fast the Traditional → Simplified converter works. Accuracy is the share
 * of our cases ({@code t2s-cases.tsv}: kind, Traditional, Simplified) converted exactly, per kind; speed is that of
 * the filter alone on the sample corpus made Traditional, beside opencc4j's own {@code ZhConverterUtil.toSimple} on the
 * same text in the same run.
 */
@Command(name = "t2s", mixinStandardHelpOptions = true,
        description = "Share of our Traditional → Simplified cases converted exactly, and characters per second of the"
                + " converter alone and of opencc4j's API on one core.")
final class T2sBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SampleCorpus corpus;

    @Option(names = "--cases", defaultValue = "xianzhi-core/src/test/resources/org/xianzhi/core/normalize/t2s-cases.tsv",
            description = "Cases: kind, Traditional and Simplified, tab-separated (default: ${DEFAULT-VALUE}).")
    Path cases;

    private record Case(String kind, String traditional, String simplified) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        TraditionalToSimplifiedFilter filter = new TraditionalToSimplifiedFilter();
        List<Case> all = read(cases);
        Map<String, int[]> byKind = new TreeMap<>();
        for (Case c : all) {
            String got = filter.apply(c.traditional()).text();
            int[] counts = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
            counts[1]++;
            if (got.equals(c.simplified())) {
                counts[0]++;
            } else {
                out.printf("miss (%s): %s → %s, expected %s%n", c.kind(), c.traditional(), got, c.simplified());
            }
        }
        int exact = byKind.values().stream().mapToInt(c -> c[0]).sum();
        byKind.forEach((kind, c) -> out.printf("%s: %d of %d exact (%.3f)%n", kind, c[0], c[1], (double) c[0] / c[1]));
        out.printf("cases: %d of %d exact (%.3f) from %s%n", exact, all.size(), (double) exact / all.size(), cases);
        out.flush();

        List<String> traditional = corpus.load(spec.commandLine().getErr()).stream()
                .map(SourceDocument::original).map(ZhConverterUtil::toTraditional).toList();
        long chars = traditional.stream().mapToLong(String::length).sum();
        out.printf("speed on the sample corpus made Traditional by opencc4j: %d documents, %d characters%n",
                traditional.size(), chars);
        out.println("the t2s filter alone:");
        SampleCorpus.time(out, traditional, chars, "output characters", text -> filter.apply(text).text().length(),
                corpus.rounds);
        out.println("opencc4j ZhConverterUtil.toSimple on the same text (a tenth of it: it is slow):");
        List<String> tenth = traditional.subList(0, Math.max(1, traditional.size() / 10));
        SampleCorpus.time(out, tenth, tenth.stream().mapToLong(String::length).sum(), "output characters",
                text -> ZhConverterUtil.toSimple(text).length(), corpus.rounds);
        return ExitCodes.OK;
    }

    private static List<Case> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("kind\t"))
                .map(line -> line.split("\t", -1))
                .filter(fields -> fields.length == 3)
                .map(fields -> new Case(fields[0], fields[1], fields[2]))
                .toList();
    }
}
