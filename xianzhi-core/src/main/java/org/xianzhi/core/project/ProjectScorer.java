package org.xianzhi.core.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Scores produced records against gold by PROJECTS.md's rule, kind by kind: a produced record matches a gold record of
 * the same document and kind when region, stage (or kind), status and period agree and their evidence overlaps (the
 * record F1); the name, action or official's name is scored apart, counting a match only when the words share
 * characters with F1 ≥ 0.6 (the name F1); deadlines of matched records must be equal. Each gold record matches at
 * most one produced record, by a maximum matching, so the order of records does not change the score.
 */
public final class ProjectScorer {
    /** Words count as the same name from this character F1 on (PROJECTS.md). */
    public static final double NAME_OVERLAP = 0.6;

    /** The outcome for one kind over one document or several pooled. */
    public record Score(int gold, int produced, int matched, int named, int loose, int deadlinesAgreed,
                        int deadlinesCompared,
                        List<ScoredRecord> misses, List<ScoredRecord> falseHits, List<String> wrongDeadlines) {
        public Score {
            misses = List.copyOf(misses);
            falseHits = List.copyOf(falseHits);
            wrongDeadlines = List.copyOf(wrongDeadlines);
        }

        public double f1() {
            return f1(matched);
        }

        public double nameF1() {
            return f1(named);
        }

        /** F1 when region, status and period are not compared (see {@link ScoredRecord#matchesLoosely}). */
        public double looseF1() {
            return f1(loose);
        }

        private double f1(int hits) {
            if (gold == 0 && produced == 0) {
                return 1;
            }
            return 2.0 * hits / (gold + produced);
        }

        public double precision() {
            return produced == 0 ? (gold == 0 ? 1 : 0) : (double) matched / produced;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        public Score plus(Score o) {
            return new Score(gold + o.gold, produced + o.produced, matched + o.matched, named + o.named, loose + o.loose,
                    deadlinesAgreed + o.deadlinesAgreed, deadlinesCompared + o.deadlinesCompared,
                    concat(misses, o.misses), concat(falseHits, o.falseHits), concat(wrongDeadlines, o.wrongDeadlines));
        }

        public static Score empty() {
            return new Score(0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** Scores one document's records of {@code kind}. */
    public Score score(RecordKind kind, List<ScoredRecord> gold, List<ScoredRecord> produced) {
        List<ScoredRecord> g = gold.stream().filter(r -> r.kind() == kind).toList();
        List<ScoredRecord> p = produced.stream().filter(r -> r.kind() == kind).toList();
        int[] byName = match(g, p, (a, b) -> a.matches(b)
                && ScoredRecord.characterF1(a.words(), b.words()) >= NAME_OVERLAP, null);
        // Start from the pairs whose names agree, so that misses and false hits are listed by name where they can be.
        int[] byKeys = match(g, p, ScoredRecord::matches, byName);
        int loose = (int) Arrays.stream(match(g, p, ScoredRecord::matchesLoosely, null)).filter(k -> k >= 0).count();
        int matched = 0;
        int named = 0;
        int agreed = 0;
        int compared = 0;
        List<String> wrong = new ArrayList<>();
        boolean[] goldMatched = new boolean[g.size()];
        List<ScoredRecord> falseHits = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (byName[i] >= 0) {
                named++;
            }
            if (byKeys[i] < 0) {
                falseHits.add(p.get(i));
                continue;
            }
            matched++;
            goldMatched[byKeys[i]] = true;
            ScoredRecord gr = g.get(byKeys[i]);
            if (kind != RecordKind.OFFICIAL && (gr.deadline() != null || p.get(i).deadline() != null)) {
                compared++;
                if (Objects.equals(gr.deadline(), p.get(i).deadline())) {
                    agreed++;
                } else {
                    wrong.add(gr.file() + ": " + gr.words() + " gold " + gr.deadline() + ", read "
                            + p.get(i).deadline());
                }
            }
        }
        List<ScoredRecord> misses = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (!goldMatched[i]) {
                misses.add(g.get(i));
            }
        }
        return new Score(g.size(), p.size(), matched, named, loose, agreed, compared, misses, falseHits, wrong);
    }

    /** For each produced record, the gold record it is matched to, or -1 (Kuhn's augmenting paths). */
    private static int[] match(List<ScoredRecord> gold, List<ScoredRecord> produced,
                               BiPredicate<ScoredRecord, ScoredRecord> fits, int[] start) {
        int[] goldOfProduced = start == null ? new int[produced.size()] : start.clone();
        boolean[] placed = new boolean[gold.size()];
        if (start == null) {
            Arrays.fill(goldOfProduced, -1);
        }
        for (int g : goldOfProduced) {
            if (g >= 0) {
                placed[g] = true;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!placed[g]) {
                augment(g, gold, produced, fits, goldOfProduced, new boolean[produced.size()]);
            }
        }
        return goldOfProduced;
    }

    private static boolean augment(int g, List<ScoredRecord> gold, List<ScoredRecord> produced,
                                   BiPredicate<ScoredRecord, ScoredRecord> fits, int[] goldOfProduced, boolean[] seen) {
        for (int p = 0; p < produced.size(); p++) {
            if (seen[p] || !fits.test(gold.get(g), produced.get(p))) {
                continue;
            }
            seen[p] = true;
            if (goldOfProduced[p] < 0 || augment(goldOfProduced[p], gold, produced, fits, goldOfProduced, seen)) {
                goldOfProduced[p] = g;
                return true;
            }
        }
        return false;
    }
}
