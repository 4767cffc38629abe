package org.xianzhi.app.quality;

import java.util.List;
import java.util.Locale;

/** Which facts a reader wants, by their flags: all of them (flags shown), only the unflagged, or only the flagged. */
public enum FlagFilter {
    SHOW, HIDE, ONLY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The filter named by a label; null or empty is {@link #SHOW}.
     *
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static FlagFilter ofLabel(String label) {
        if (label == null || label.isEmpty()) {
            return SHOW;
        }
        for (FlagFilter f : values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("flagged must be show, hide or only, was '" + label + "'");
    }

    /** The facts this filter keeps, by the report's flags. */
    public <T> List<T> keep(List<T> facts, java.util.function.Predicate<T> flagged) {
        return switch (this) {
            case SHOW -> facts;
            case HIDE -> facts.stream().filter(flagged.negate()).toList();
            case ONLY -> facts.stream().filter(flagged).toList();
        };
    }
}
