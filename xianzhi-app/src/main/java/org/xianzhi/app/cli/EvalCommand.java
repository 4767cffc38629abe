package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.xianzhi.app.facts.FactJson;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.FactScorer;
import org.xianzhi.core.fact.GoldFact;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xianzhi eval}: extraction scored against gold facts, per document and overall. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold facts (FACTS.md's rule) or gold projects (--projects, PROJECTS.md's rule).")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DocumentInputs inputs;

    @Option(names = "--gold", description = "Folder of gold fact JSONL files (FACTS.md), one per document.")
    Path goldDir;

    @Option(names = "--projects", paramLabel = "GOLD",
            description = "Folder of gold project JSONL files (PROJECTS.md), one per document: score those records instead.")
    Path projectsGold;

    @Option(names = "--docs", required = true, description = "Folder of the documents the gold files describe.")
    Path docsDir;

    @Option(names = "--show", defaultValue = "20", description = "List at most this many misses and false hits (default: ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() throws IOException {
        if (projectsGold != null) {
            return new ProjectEvaluation(inputs, spec, show).run(projectsGold, docsDir);
        }
        if (goldDir == null) {
            throw new ParameterException(spec.commandLine(), "give --gold FOLDER (facts) or --projects FOLDER (projects)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<GoldFact>> goldByFile = readGold(goldDir);
        Pipeline pipeline = Pipeline.standard();
        FactScorer scorer = new FactScorer(IndicatorTaxonomy.standard()::isCore);
        Map<String, FactScorer.Score> scores = new LinkedHashMap<>();
        int exit = inputs.forEach(List.of(docsDir.toString()), System.in, spec.commandLine().getErr(), doc -> {
            String file = Path.of(doc.file()).getFileName().toString();
            List<GoldFact> gold = goldByFile.get(file);
            if (gold != null) {
                List<Fact> produced = pipeline.process(doc).facts();
                scores.put(file, scorer.score(gold, produced));
            }
        });
        FactScorer.Score overall = FactScorer.Score.empty();
        out.printf("%-36s %5s %5s %5s %7s %7s %7s%n", "document", "gold", "found", "match", "P", "R", "F1");
        for (var entry : scores.entrySet()) {
            printRow(out, entry.getKey(), entry.getValue());
            overall = overall.plus(entry.getValue());
        }
        printRow(out, "overall", overall);
        List<String> unscored = goldByFile.keySet().stream().filter(f -> !scores.containsKey(f)).toList();
        if (!unscored.isEmpty()) {
            out.println("gold files without a readable document: " + String.join(", ", unscored));
        }
        out.printf("%nmisses (%d):%n", overall.misses().size());
        overall.misses().stream().limit(show).forEach(g -> out.printf("  %s %s %s %s %s %s%s | %s%n",
                g.fact().file(), g.fact().indicator(), g.fact().measure().label(), g.fact().status().label(),
                g.fact().period(), g.fact().value().toPlainString(), g.fact().unit(), g.fact().text()));
        out.printf("%nfalse hits (%d):%n", overall.falseHits().size());
        overall.falseHits().stream().limit(show).forEach(f -> out.printf("  %s %s %s %s %s %s%s | %s%n",
                f.file(), f.indicator(), f.measure().label(), f.status().label(), f.period(),
                f.value().toPlainString(), f.unit(), f.text()));
        out.flush();
        return exit;
    }

    private static void printRow(PrintWriter out, String name, FactScorer.Score s) {
        out.printf("%-36s %5d %5d %5d %7.3f %7.3f %7.3f%n", name, s.gold(), s.produced(), s.matched(),
                s.precision(), s.recall(), s.f1());
    }

    /** Gold facts by the file name they describe. */
    private static Map<String, List<GoldFact>> readGold(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder of gold files");
        }
        Map<String, List<GoldFact>> byFile = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                int lineNumber = 0;
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        GoldFact gold = FactJson.goldFromLine(line);
                        byFile.computeIfAbsent(gold.fact().file(), f -> new ArrayList<>()).add(gold);
                    } catch (IOException e) {
                        throw new IllegalArgumentException(path + ":" + lineNumber + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return byFile;
    }
}
