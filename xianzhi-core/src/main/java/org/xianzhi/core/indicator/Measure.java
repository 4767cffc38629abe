package org.xianzhi.core.indicator;

import java.util.Locale;

/** What a figure says about an indicator (FACTS.md, "Measures"). */
public enum Measure {
    /** An amount or level: 地区生产总值58.26亿元. */
    VALUE,
    /** A year-on-year change in percent: 增长5.5%. */
    GROWTH,
    /** A part of a whole in percent: 占GDP比重57.69%. */
    SHARE,
    /** An ordinal within a scope: 全市第一. */
    RANK,
    /** A change in percentage points: 提高2.97个百分点. */
    CHANGE;

    /** The lower-case name used in facts and data files ({@code growth}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The measure named by a token.
     *
     * @throws IllegalArgumentException naming the token and the known ones
     */
    public static Measure ofToken(String token) {
        for (Measure m : values()) {
            if (m.token().equals(token)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + token + "'; the measures are value, growth, share, rank, change");
    }
}
