package org.xianzhi.core.fact;

import java.util.List;

/**
 * A hand-checked fact to score against: the fact plus the other period readings that are also accepted.
 */
public record GoldFact(Fact fact, List<String> periodsOk, String note) {
    public GoldFact {
        periodsOk = List.copyOf(periodsOk);
    }

    /** Whether {@code period} is the gold period or one of the accepted alternatives. */
    public boolean acceptsPeriod(String period) {
        return fact.period().equals(period) || periodsOk.contains(period);
    }
}
