package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.xianzhi.app.facts.FactJson;
import org.xianzhi.core.fact.ErrorKind;
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

    @Option(names = "--gold", split = ",",
            description = "Folder of gold fact JSONL files (FACTS.md), one per document (repeat or separate by commas for several).")
    List<Path> goldDirs;

    @Option(names = "--projects", paramLabel = "GOLD",
            description = "Folder of gold project JSONL files (PROJECTS.md), one per document: score those records instead.")
    Path projectsGold;

    @Option(names = "--docs", required = true, split = ",",
            description = "Folder of the documents the gold files describe (repeat for several).")
    List<Path> docsDirs;

    @Option(names = "--show", defaultValue = "20", description = "List at most this many misses and false hits (default: ${DEFAULT-VALUE}).")
    int show;

    @Option(names = "--by-kind", description = "Count the misses and false hits by kind of error (region, indicator, "
            + "measure, status, period, value, missing, spurious) and label each listed one.")
    boolean byKind;

    /** One scored document: its gold, what the pipeline produced, and the score. */
    private record Scored(String file, List<GoldFact> gold, List<Fact> produced, FactScorer.Score score) {
        ErrorKind kindOf(GoldFact miss) {
            return ErrorKind.ofMiss(miss, produced);
        }

        ErrorKind kindOf(Fact falseHit) {
            return ErrorKind.ofFalseHit(falseHit, gold);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (projectsGold != null) {
            return new ProjectEvaluation(inputs, spec, show).run(projectsGold, docsDirs.get(0));
        }
        if (goldDirs == null || goldDirs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give --gold FOLDER (facts) or --projects FOLDER (projects)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<GoldFact>> goldByFile = new LinkedHashMap<>();
        for (Path dir : goldDirs) {
            GoldFiles.read(dir, FactJson::goldFromLine, g -> g.fact().file(), goldByFile);
        }
        Pipeline pipeline = Pipeline.standard();
        FactScorer scorer = new FactScorer(IndicatorTaxonomy.standard()::isCore);
        List<Scored> scored = new ArrayList<>();
        List<String> docs = docsDirs.stream().map(Path::toString).toList();
        int exit = inputs.forEach(docs, System.in, spec.commandLine().getErr(), doc -> {
            String file = Path.of(doc.file()).getFileName().toString();
            List<GoldFact> gold = goldByFile.get(file);
            if (gold != null) {
                List<Fact> produced = pipeline.process(doc).facts();
                scored.add(new Scored(file, gold, produced, scorer.score(gold, produced)));
            }
        });
        if (scored.isEmpty()) {
            spec.commandLine().getErr().println("xianzhi: no document under " + docs + " has a gold file under "
                    + goldDirs + " (gold files name their document in \"file\")");
            return ExitCodes.USAGE;
        }
        FactScorer.Score overall = FactScorer.Score.empty();
        out.printf("%-36s %5s %5s %5s %7s %7s %7s%n", "document", "gold", "found", "match", "P", "R", "F1");
        for (Scored s : scored) {
            printRow(out, s.file(), s.score());
            overall = overall.plus(s.score());
        }
        printRow(out, "overall", overall);
        Set<String> read = new HashSet<>();
        scored.forEach(s -> read.add(s.file()));
        List<String> unscored = goldByFile.keySet().stream().filter(f -> !read.contains(f)).toList();
        if (!unscored.isEmpty()) {
            out.println("gold files without a readable document: " + String.join(", ", unscored));
        }
        if (byKind) {
            printKinds(out, scored);
        }
        out.printf("%nmisses (%d):%n", overall.misses().size());
        scored.stream().flatMap(s -> s.score().misses().stream().map(g -> line(s.file(), byKind ? s.kindOf(g) : null,
                g.fact()))).limit(show).forEach(out::println);
        out.printf("%nfalse hits (%d):%n", overall.falseHits().size());
        scored.stream().flatMap(s -> s.score().falseHits().stream().map(f -> line(s.file(), byKind ? s.kindOf(f) : null,
                f))).limit(show).forEach(out::println);
        out.flush();
        return exit;
    }

    private static String line(String file, ErrorKind kind, Fact f) {
        return String.format(Locale.ROOT, "  %s%s %s %s %s %s %s%s | %s", kind == null ? "" : "[" + kind.label() + "] ",
                file, f.indicator(), f.measure().label(), f.status().label(), f.period(), f.value().toPlainString(),
                f.unit(), f.text());
    }

    private static void printKinds(PrintWriter out, List<Scored> scored) {
        Map<ErrorKind, int[]> counts = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            counts.put(kind, new int[2]);
        }
        for (Scored s : scored) {
            s.score().misses().forEach(g -> counts.get(s.kindOf(g))[0]++);
            s.score().falseHits().forEach(f -> counts.get(s.kindOf(f))[1]++);
        }
        out.printf("%nerrors by kind:%n  %-10s %7s %10s%n", "kind", "misses", "false hits");
        counts.forEach((kind, c) -> {
            if (c[0] + c[1] > 0) {
                out.printf("  %-10s %7d %10d%n", kind.label(), c[0], c[1]);
            }
        });
    }

    private static void printRow(PrintWriter out, String name, FactScorer.Score s) {
        out.printf("%-36s %5d %5d %5d %7.3f %7.3f %7.3f%n", name, s.gold(), s.produced(), s.matched(),
                s.precision(), s.recall(), s.f1());
    }
}
