package org.xianzhi.core.fact;

import java.util.List;

/**
 * A hand-checked fact to score against: the fact plus the other readings that are also accepted.
 *
 * @param periodsOk other accepted periods
 * @param regionsOk other accepted regions (a former name, a parent where the text is ambiguous)
 * @param uncertain counts as a match when found, and is not held against recall when missed
 */
public record GoldFact(Fact fact, List<String> periodsOk, List<String> regionsOk, boolean uncertain, String note) {
    public GoldFact {
        periodsOk = List.copyOf(periodsOk);
        regionsOk = List.copyOf(regionsOk);
    }

    /** A gold fact with no other accepted readings, held against recall. */
    public static GoldFact certain(Fact fact) {
        return new GoldFact(fact, List.of(), List.of(), false, null);
    }

    /** Whether {@code period} is the gold period or one of the accepted alternatives. */
    public boolean acceptsPeriod(String period) {
        return fact.period().equals(period) || periodsOk.contains(period);
    }

    /** Whether {@code region} is the gold region or one of the accepted alternatives. */
    public boolean acceptsRegion(String region) {
        return fact.region().equals(region) || regionsOk.contains(region);
    }
}
