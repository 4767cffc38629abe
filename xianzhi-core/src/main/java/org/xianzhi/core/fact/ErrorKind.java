package org.xianzhi.core.fact;

import java.util.List;

/**
 * Why a gold fact was missed or a produced fact is false, so that a reader sees which rule to fix: a fact that differs
 * from its counterpart in exactly one field is an error of that field (a right figure given the wrong period is a
 * {@link #PERIOD} error on both sides); one with no such counterpart was not read at all ({@link #MISSING}) or read
 * where there is nothing ({@link #SPURIOUS}).
 */
public enum ErrorKind {
    REGION, INDICATOR, MEASURE, STATUS, PERIOD, VALUE, MISSING, SPURIOUS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of a missed gold fact, judged against what was produced for its document. */
    public static ErrorKind ofMiss(GoldFact miss, List<Fact> produced) {
        ErrorKind best = MISSING;
        for (Fact p : produced) {
            best = earlier(best, oneDifference(miss, p));
        }
        return best;
    }

    /** The kind of a false hit, judged against its document's gold facts. */
    public static ErrorKind ofFalseHit(Fact hit, List<GoldFact> gold) {
        ErrorKind best = SPURIOUS;
        for (GoldFact g : gold) {
            best = earlier(best, oneDifference(g, hit));
        }
        return best;
    }

    private static ErrorKind earlier(ErrorKind a, ErrorKind b) {
        return b != null && b.ordinal() < a.ordinal() ? b : a;
    }

    /** The one field in which the two differ, or null when they differ in none or in more than one. */
    private static ErrorKind oneDifference(GoldFact gold, Fact produced) {
        Fact g = gold.fact();
        ErrorKind found = null;
        int differences = 0;
        if (!gold.acceptsRegion(produced.region())) {
            found = REGION;
            differences++;
        }
        if (!g.indicator().equals(produced.indicator())) {
            found = INDICATOR;
            differences++;
        }
        if (g.measure() != produced.measure()) {
            found = MEASURE;
            differences++;
        }
        if (g.status() != produced.status()) {
            found = STATUS;
            differences++;
        }
        if (!gold.acceptsPeriod(produced.period())) {
            found = PERIOD;
            differences++;
        }
        if (!FactScorer.numbersAgree(g, produced)) {
            found = VALUE;
            differences++;
        }
        return differences == 1 ? found : null;
    }
}
