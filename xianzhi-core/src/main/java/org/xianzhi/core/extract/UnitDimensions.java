package org.xianzhi.core.extract;

import java.util.Map;
import java.util.Optional;

import org.xianzhi.core.indicator.Dimension;

/** What a base unit measures, so that a figure binds only to an indicator of its own kind ({@code 万亩} is never GDP). */
final class UnitDimensions {
    private static final Map<String, Dimension> BY_BASE_UNIT = Map.ofEntries(
            Map.entry("元", Dimension.MONEY), Map.entry("美元", Dimension.MONEY),
            Map.entry("斤", Dimension.MASS),
            Map.entry("亩", Dimension.AREA), Map.entry("平方米", Dimension.AREA),
            Map.entry("千瓦", Dimension.POWER),
            Map.entry("立方米", Dimension.VOLUME),
            Map.entry("米", Dimension.LENGTH), Map.entry("公里", Dimension.LENGTH),
            Map.entry("千瓦时", Dimension.ENERGY), Map.entry("度", Dimension.ENERGY),
            Map.entry("人", Dimension.PEOPLE), Map.entry("名", Dimension.PEOPLE),
            Map.entry("人次", Dimension.VISITS),
            Map.entry("户", Dimension.ENTITIES), Map.entry("家", Dimension.ENTITIES),
            Map.entry("个", Dimension.COUNT), Map.entry("项", Dimension.COUNT), Map.entry("座", Dimension.COUNT),
            Map.entry("所", Dimension.COUNT), Map.entry("处", Dimension.COUNT), Map.entry("头", Dimension.COUNT),
            Map.entry("天", Dimension.DAYS),
            Map.entry("%", Dimension.PERCENT));

    private UnitDimensions() {
    }

    static Optional<Dimension> of(String baseUnit) {
        return Optional.ofNullable(BY_BASE_UNIT.get(baseUnit));
    }

    /** Whether a figure in {@code baseUnit} can be a value of an indicator of {@code dimension}. */
    static boolean fits(String baseUnit, Dimension dimension) {
        Dimension unit = BY_BASE_UNIT.get(baseUnit);
        if (unit == dimension) {
            return true;
        }
        // Enterprises and market entities are counted in 户, 家 and 个 alike.
        return (dimension == Dimension.ENTITIES && unit == Dimension.COUNT)
                || (dimension == Dimension.COUNT && unit == Dimension.ENTITIES);
    }
}
