package org.xianzhi.core.project;

import java.math.BigDecimal;
import java.util.Objects;

import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.quantity.Quantity;

/**
 * A project's total investment as written ({@code 总投资5.45亿元} → 5.45 {@code 亿元}).
 *
 * @param value     the number in the written unit
 * @param unit      the written unit with its magnitude ({@code 亿元}, {@code 万元})
 * @param qualifier exact, about, over or under
 */
public record Investment(BigDecimal value, String unit, Approximation qualifier) {
    public Investment {
        value = Quantity.plain(Objects.requireNonNull(value, "value"));
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
    }
}
