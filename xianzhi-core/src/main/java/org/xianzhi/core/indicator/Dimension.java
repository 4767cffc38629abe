package org.xianzhi.core.indicator;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an indicator's value measures. A figure whose unit is of another dimension is not that indicator's value:
 * {@code 粮食产量} takes {@code 亿斤} or {@code 万吨}, never {@code 万亩}.
 */
public enum Dimension {
    MONEY, MASS, AREA, POWER, VOLUME, LENGTH, ENERGY, PEOPLE, VISITS, ENTITIES, COUNT, DAYS, PERCENT, CONCENTRATION;

    /** The lower-case name used in the data file ({@code money}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The dimension named by a token.
     *
     * @throws IllegalArgumentException naming the token and the known ones
     */
    public static Dimension ofToken(String token) {
        for (Dimension d : values()) {
            if (d.token().equals(token)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension '" + token + "'; the dimensions are "
                + Arrays.stream(values()).map(Dimension::token).toList());
    }
}
