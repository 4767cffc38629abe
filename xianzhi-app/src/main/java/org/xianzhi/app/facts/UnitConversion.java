package org.xianzhi.app.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

import org.xianzhi.core.fact.BaseUnits;

/** A figure expressed in another unit of the same base unit ({@code 5800万元} in {@code 亿元} is 0.58). */
public final class UnitConversion {
    private UnitConversion() {
    }

    /** {@code value} in {@code unit} expressed in {@code target}, when both share a base unit. */
    public static Optional<BigDecimal> convert(BigDecimal value, String unit, String target) {
        if (unit.equals(target)) {
            return Optional.of(value);
        }
        BaseUnits.Amount from = BaseUnits.toBase(value, unit);
        BaseUnits.Amount one = BaseUnits.toBase(BigDecimal.ONE, target);
        if (!from.unit().equals(one.unit()) || one.value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal v = from.value().divide(one.value(), MathContext.DECIMAL64).stripTrailingZeros();
        return Optional.of(v.scale() < 0 ? v.setScale(0) : v);
    }
}
