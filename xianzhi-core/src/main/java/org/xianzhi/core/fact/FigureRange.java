package org.xianzhi.core.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The figures a fact may carry: every one a column of {@code DECIMAL(38, 10)} holds — the store's {@code facts.value}
 * (DuckDB and PostgreSQL) and Spark's {@code decimal(38, 10)}. A figure beyond it ({@code 99…9亿元} with 38 nines,
 * {@code 九千九百九十九亿亿亿亿亿亿元}) is no county's statistic but a typo or an attack; kept, it would roll back the
 * whole batch it was written in, again on every re-run. So it is refused where it is read, with a reason.
 */
public final class FigureRange {
    /** Digits a {@code DECIMAL(38, 10)} keeps before the decimal point. */
    public static final int INTEGER_DIGITS = 28;
    /** Digits it keeps after the decimal point; more are rounded away, not refused. */
    public static final int FRACTION_DIGITS = 10;

    private FigureRange() {
    }

    /** Why {@code value} cannot be stored, or nothing when it can. */
    public static Optional<String> problem(BigDecimal value) {
        BigDecimal rounded = value.setScale(FRACTION_DIGITS, RoundingMode.HALF_UP);
        int integerDigits = rounded.precision() - rounded.scale();
        if (integerDigits > INTEGER_DIGITS) {
            return Optional.of("figure of " + integerDigits + " digits before the decimal point is beyond the "
                    + INTEGER_DIGITS + " a stored value holds (DECIMAL(38,10))");
        }
        return Optional.empty();
    }
}
