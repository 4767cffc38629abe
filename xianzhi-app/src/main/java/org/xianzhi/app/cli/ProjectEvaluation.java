package org.xianzhi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xianzhi.app.projects.ProjectJson;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.project.ProjectScorer;
import org.xianzhi.core.project.RecordKind;
import org.xianzhi.core.project.ScoredRecord;

import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xianzhi eval --projects GOLD}: project events, commitments and officials scored by PROJECTS.md's rule, per
 * document and overall: record F1, name F1, deadlines equal, and the F1 when region, status and period are not
 * compared (looseF1: how well sentences are read, whatever the document's region and year were read as); then misses,
 * false hits and wrong deadlines.
 */
final class ProjectEvaluation {
    private final DocumentInputs inputs;
    private final CommandSpec spec;
    private final int show;

    ProjectEvaluation(DocumentInputs inputs, CommandSpec spec, int show) {
        this.inputs = inputs;
        this.spec = spec;
        this.show = show;
    }

    int run(Path goldDir, Path docsDir) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<ScoredRecord>> goldByFile = readGold(goldDir);
        Pipeline pipeline = Pipeline.standard();
        ProjectScorer scorer = new ProjectScorer();
        Map<String, Map<RecordKind, ProjectScorer.Score>> scores = new LinkedHashMap<>();
        int exit = inputs.forEach(List.of(docsDir.toString()), System.in, spec.commandLine().getErr(), doc -> {
            String file = Path.of(doc.file()).getFileName().toString();
            List<ScoredRecord> gold = goldByFile.get(file);
            if (gold != null) {
                List<ScoredRecord> produced = ScoredRecord.of(pipeline.process(doc).projects()).stream()
                        .map(r -> withFile(r, file)).toList();
                Map<RecordKind, ProjectScorer.Score> byKind = new EnumMap<>(RecordKind.class);
                for (RecordKind kind : RecordKind.values()) {
                    byKind.put(kind, scorer.score(kind, gold, produced));
                }
                scores.put(file, byKind);
            }
        });
        Map<RecordKind, ProjectScorer.Score> overall = new EnumMap<>(RecordKind.class);
        out.printf("%-34s %-10s %5s %5s %5s %6s %6s %6s %6s %9s %6s%n", "document", "kind", "gold", "found", "match",
                "P", "R", "F1", "nameF1", "deadlines", "looseF1");
        for (var entry : scores.entrySet()) {
            for (var kind : entry.getValue().entrySet()) {
                printRow(out, entry.getKey(), kind.getKey(), kind.getValue());
                overall.merge(kind.getKey(), kind.getValue(), ProjectScorer.Score::plus);
            }
        }
        for (var kind : overall.entrySet()) {
            printRow(out, "overall", kind.getKey(), kind.getValue());
        }
        List<String> unscored = goldByFile.keySet().stream().filter(f -> !scores.containsKey(f)).toList();
        if (!unscored.isEmpty()) {
            out.println("gold files without a readable document: " + String.join(", ", unscored));
        }
        for (var kind : overall.entrySet()) {
            ProjectScorer.Score s = kind.getValue();
            out.printf("%n%s misses (%d):%n", kind.getKey().label(), s.misses().size());
            s.misses().stream().limit(show).forEach(r -> out.println("  " + describe(r)));
            out.printf("%s false hits (%d):%n", kind.getKey().label(), s.falseHits().size());
            s.falseHits().stream().limit(show).forEach(r -> out.println("  " + describe(r)));
            out.printf("%s wrong deadlines (%d):%n", kind.getKey().label(), s.wrongDeadlines().size());
            s.wrongDeadlines().stream().limit(show).forEach(w -> out.println("  " + w));
        }
        out.flush();
        return exit;
    }

    private static ScoredRecord withFile(ScoredRecord r, String file) {
        return new ScoredRecord(file, r.kind(), r.region(), r.stage(), r.status(), r.period(), r.words(), r.deadline(),
                r.start(), r.end(), r.text());
    }

    private static String describe(ScoredRecord r) {
        String text = r.text().replace('\n', ' ');
        return r.file() + " " + r.region() + " " + (r.stage() == null ? "" : r.stage().label() + " ")
                + (r.status() == null ? "" : r.status().label() + " ") + (r.period() == 0 ? "" : r.period() + " ")
                + r.words() + (r.deadline() == null ? "" : " by " + r.deadline()) + " | "
                + (text.length() > 90 ? text.substring(0, 90) + "…" : text);
    }

    private static void printRow(PrintWriter out, String doc, RecordKind kind, ProjectScorer.Score s) {
        String deadlines = s.deadlinesCompared() == 0 ? "-" : s.deadlinesAgreed() + "/" + s.deadlinesCompared();
        out.printf("%-34s %-10s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %9s %6.3f%n", shorten(doc), kind.label(), s.gold(),
                s.produced(), s.matched(), s.precision(), s.recall(), s.f1(), s.nameF1(), deadlines, s.looseF1());
    }

    private static String shorten(String doc) {
        return doc.length() > 34 ? doc.substring(0, 33) + "…" : doc;
    }

    /** Gold records by the file name they describe. */
    private static Map<String, List<ScoredRecord>> readGold(Path dir) throws IOException {
        Map<String, List<ScoredRecord>> byFile = new LinkedHashMap<>();
        GoldFiles.read(dir, ProjectJson::scoredFromLine, ScoredRecord::file, byFile);
        return byFile;
    }
}
