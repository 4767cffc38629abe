package org.xianzhi.core.fact;

import java.util.Locale;

/** What a figure measures (FACTS.md, "Measures"). */
public enum Measure {
    /** An amount or level. */
    VALUE,
    /** A year-on-year change in percent. */
    GROWTH,
    /** A part of a whole in percent. */
    SHARE,
    /** An ordinal within a scope. */
    RANK,
    /** A change in percentage points (or in the indicator's own unit). */
    CHANGE;

    /** The lower-case name used in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The measure named by a label.
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static Measure ofLabel(String label) {
        for (Measure m : values()) {
            if (m.label().equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + label + "'; the measures are value, growth, share, rank, change");
    }
}
