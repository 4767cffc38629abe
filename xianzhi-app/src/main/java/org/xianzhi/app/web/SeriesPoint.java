package org.xianzhi.app.web;

import java.math.BigDecimal;
import java.util.Objects;

import org.xianzhi.app.store.StoredFact;

/**
 * One point of a chart: a year's figure in the series' unit, and the fact it came from (for the link to its sentence).
 *
 * @param year   the year
 * @param value  the figure in the series' unit
 * @param source the fact
 */
public record SeriesPoint(int year, BigDecimal value, StoredFact source) {
    public SeriesPoint {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
