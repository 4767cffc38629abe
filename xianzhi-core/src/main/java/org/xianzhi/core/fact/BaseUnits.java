package org.xianzhi.core.fact;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Converts a figure to its base unit so that two facts can be compared (FACTS.md, "Units and equality"):
 * {@code 3.18万元} and {@code 31800元} agree; {@code 兆瓦} is 1000 千瓦, {@code 吨} 2000 斤, {@code 公顷} 15 亩; counts of
 * enterprises and entities ({@code 家}, {@code 户}, {@code 个}) share one unit.
 */
public final class BaseUnits {
    /** A figure in a base unit. */
    public record Amount(BigDecimal value, String unit) {
    }

    /** Units that are a multiple of another base unit, beyond the magnitude prefixes. */
    private static final Map<String, Amount> DERIVED = Map.of(
            "家", new Amount(BigDecimal.ONE, "个"),
            "户", new Amount(BigDecimal.ONE, "个"),
            "兆瓦", new Amount(BigDecimal.valueOf(1000), "千瓦"),
            "吉瓦", new Amount(BigDecimal.valueOf(1_000_000), "千瓦"),
            "吨", new Amount(BigDecimal.valueOf(2000), "斤"),
            "公斤", new Amount(BigDecimal.valueOf(2), "斤"),
            "公顷", new Amount(BigDecimal.valueOf(15), "亩"),
            "平方公里", new Amount(BigDecimal.valueOf(1_000_000), "平方米"));

    private static final Map<Character, BigDecimal> MAGNITUDES = Map.of(
            '十', BigDecimal.TEN,
            '百', BigDecimal.valueOf(100),
            '千', BigDecimal.valueOf(1000),
            '万', BigDecimal.valueOf(10_000),
            '亿', BigDecimal.valueOf(100_000_000));

    /** Relative difference within which two figures agree. */
    private static final double TOLERANCE = 0.005;

    private BaseUnits() {
    }

    /** The figure in its base unit: {@code 1.29 万元} → {@code 12900 元}. */
    public static Amount toBase(BigDecimal value, String unit) {
        BigDecimal factor = BigDecimal.ONE;
        String rest = unit;
        // 千瓦 and 千瓦时 are units of their own, not 千 × 瓦.
        while (!rest.isEmpty() && MAGNITUDES.containsKey(rest.charAt(0)) && rest.length() > 1 && !rest.startsWith("千瓦")) {
            factor = factor.multiply(MAGNITUDES.get(rest.charAt(0)));
            rest = rest.substring(1);
        }
        Amount derived = DERIVED.get(rest);
        if (derived != null) {
            factor = factor.multiply(derived.value());
            rest = derived.unit();
        }
        return new Amount(value.multiply(factor), rest);
    }

    /** Whether two figures agree: same base unit and values within 0.5% of each other. */
    public static boolean agree(BigDecimal a, String unitA, BigDecimal b, String unitB) {
        Amount x = toBase(a, unitA);
        Amount y = toBase(b, unitB);
        if (!x.unit().equals(y.unit())) {
            return false;
        }
        double dx = x.value().doubleValue();
        double dy = y.value().doubleValue();
        double scale = Math.max(Math.abs(dx), Math.abs(dy));
        return scale == 0 || Math.abs(dx - dy) <= TOLERANCE * scale;
    }
}
