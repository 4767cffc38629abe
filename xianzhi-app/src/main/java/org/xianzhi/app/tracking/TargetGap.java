package org.xianzhi.app.tracking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import org.xianzhi.core.fact.BaseUnits;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.fact.Measure;

/**
 * How far an actual stands from its target: target − actual, so a shortfall on a higher-is-better target is positive.
 * Growth, share and change in percentage points ({@code 个百分点}: 6% aimed, 5.6% reached → 0.4); a rank in places
 * ({@code 位}); a value in percent of the target ({@code %}: 58亿 aimed, 57亿 reached → 1.72), since 亿元 and 户 gaps are
 * not comparable across indicators and a share of the target is.
 *
 * @param amount the gap, rounded to two places
 * @param unit   {@code 个百分点}, {@code 位} or {@code %}
 */
public record TargetGap(BigDecimal amount, String unit) {
    public static final String POINTS = "个百分点";
    public static final String PLACES = "位";
    public static final String PERCENT_OF_TARGET = "%";

    /** The gap of a tracked target; empty while it has no actual, or for a value target of zero. */
    public static Optional<TargetGap> of(TrackedTarget t) {
        if (t.actual() == null) {
            return Optional.empty();
        }
        Fact target = t.target().fact();
        return between(target.measure(), BaseUnits.toBase(target.value(), target.unit()).value(),
                BaseUnits.toBase(t.actual().fact().value(), t.actual().fact().unit()).value());
    }

    /** The gap between a target and an actual of {@code measure}, both in one unit; empty for a value target of zero. */
    public static Optional<TargetGap> between(Measure measure, BigDecimal goal, BigDecimal reached) {
        BigDecimal difference = goal.subtract(reached);
        return switch (measure) {
            case GROWTH, SHARE, CHANGE -> Optional.of(new TargetGap(rounded(difference), POINTS));
            case RANK -> Optional.of(new TargetGap(rounded(difference), PLACES));
            case VALUE -> goal.signum() == 0 ? Optional.empty() : Optional.of(new TargetGap(
                    rounded(difference.multiply(BigDecimal.valueOf(100)).divide(goal.abs(), MathContext.DECIMAL64)),
                    PERCENT_OF_TARGET));
        };
    }

    private static BigDecimal rounded(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** As shown: {@code 0.4个百分点}, {@code -2位}, {@code 1.72%}. */
    public String shown() {
        return (amount.signum() == 0 ? "0" : amount.toPlainString()) + unit;
    }
}
