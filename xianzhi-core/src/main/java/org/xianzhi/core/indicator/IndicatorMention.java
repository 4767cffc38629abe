package org.xianzhi.core.indicator;

import java.util.Objects;

/**
 * An indicator named in a text: the span {@code [start, end)} of the alias as it stands, the alias as the taxonomy
 * spells it, and the indicator.
 */
public record IndicatorMention(int start, int end, String alias, Indicator indicator) {
    public IndicatorMention {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(indicator, "indicator");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ") of " + indicator.name());
        }
    }
}
