package org.xianzhi.core.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores produced facts against gold facts by FACTS.md's rule: a produced fact matches a gold fact when region,
 * indicator, measure, status and period are equal and the numbers agree; each gold fact matches at most one produced
 * fact (a maximum matching, so the order of facts does not change the score). Precision counts only produced facts
 * whose indicator is core; recall counts every gold fact but the uncertain ones that were not found. A gold fact may
 * accept other regions and periods; jobs may be counted in 人, 人次 or 个.
 */
public final class FactScorer {
    private final Predicate<String> isCoreIndicator;

    public FactScorer(Predicate<String> isCoreIndicator) {
        this.isCoreIndicator = isCoreIndicator;
    }

    /** The outcome for one document (or several pooled). */
    /**
     * @param gold   the gold facts held against recall: the certain ones and the uncertain ones found
     * @param misses the gold facts held against recall and not found
     */
    public record Score(int gold, int produced, int matched, List<GoldFact> misses, List<Fact> falseHits) {
        public double precision() {
            return produced == 0 ? (gold == 0 ? 1 : 0) : (double) matched / produced;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Pools two scores, as for an overall figure. */
        public Score plus(Score other) {
            List<GoldFact> m = new ArrayList<>(misses);
            m.addAll(other.misses);
            List<Fact> f = new ArrayList<>(falseHits);
            f.addAll(other.falseHits);
            return new Score(gold + other.gold, produced + other.produced, matched + other.matched, m, f);
        }

        public static Score empty() {
            return new Score(0, 0, 0, List.of(), List.of());
        }
    }

    /** Indicators counting people or places alike: 新增城镇就业 is written in 人, 人次 or 个. */
    private static final Set<String> COUNTED_IN_PEOPLE_OR_PLACES = Set.of("新增城镇就业");
    private static final Set<String> PEOPLE_OR_PLACES = Set.of("人", "人次", "个");

    public static boolean matches(GoldFact gold, Fact produced) {
        Fact g = gold.fact();
        return gold.acceptsRegion(produced.region())
                && g.indicator().equals(produced.indicator())
                && g.measure() == produced.measure()
                && g.status() == produced.status()
                && gold.acceptsPeriod(produced.period())
                && numbersAgree(g, produced);
    }

    /** Whether the numbers agree by FACTS.md's rule, in base units. */
    static boolean numbersAgree(Fact gold, Fact produced) {
        if (COUNTED_IN_PEOPLE_OR_PLACES.contains(gold.indicator())) {
            BaseUnits.Amount g = BaseUnits.toBase(gold.value(), gold.unit());
            BaseUnits.Amount p = BaseUnits.toBase(produced.value(), produced.unit());
            if (PEOPLE_OR_PLACES.contains(g.unit()) && PEOPLE_OR_PLACES.contains(p.unit())) {
                return BaseUnits.agree(g.value(), "", p.value(), "");
            }
        }
        return BaseUnits.agree(gold.value(), gold.unit(), produced.value(), produced.unit());
    }

    public Score score(List<GoldFact> gold, List<Fact> produced) {
        List<Fact> scored = produced.stream().filter(f -> isCoreIndicator.test(f.indicator())).toList();
        int[] goldOfProduced = new int[scored.size()];
        Arrays.fill(goldOfProduced, -1);
        int matched = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (augment(g, gold, scored, goldOfProduced, new boolean[scored.size()])) {
                matched++;
            }
        }
        boolean[] goldMatched = new boolean[gold.size()];
        List<Fact> falseHits = new ArrayList<>();
        for (int p = 0; p < scored.size(); p++) {
            if (goldOfProduced[p] >= 0) {
                goldMatched[goldOfProduced[p]] = true;
            } else {
                falseHits.add(scored.get(p));
            }
        }
        List<GoldFact> misses = new ArrayList<>();
        int held = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (goldMatched[g]) {
                held++;
            } else if (!gold.get(g).uncertain()) {
                held++;
                misses.add(gold.get(g));
            }
        }
        return new Score(held, scored.size(), matched, misses, falseHits);
    }

    /** Kuhn's augmenting path: tries to give gold fact {@code g} a produced fact, re-seating earlier matches. */
    private static boolean augment(int g, List<GoldFact> gold, List<Fact> produced, int[] goldOfProduced, boolean[] seen) {
        for (int p = 0; p < produced.size(); p++) {
            if (seen[p] || !matches(gold.get(g), produced.get(p))) {
                continue;
            }
            seen[p] = true;
            if (goldOfProduced[p] < 0 || augment(goldOfProduced[p], gold, produced, goldOfProduced, seen)) {
                goldOfProduced[p] = g;
                return true;
            }
        }
        return false;
    }
}
