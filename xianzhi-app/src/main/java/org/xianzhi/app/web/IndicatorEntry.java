package org.xianzhi.app.web;

import java.util.Objects;

import org.xianzhi.core.indicator.Indicator;

/** An indicator of the taxonomy and how many stored facts it has. */
public record IndicatorEntry(Indicator indicator, long facts) {
    public IndicatorEntry {
        Objects.requireNonNull(indicator, "indicator");
    }
}
