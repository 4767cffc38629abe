package org.xianzhi.app.web;

import java.util.List;
import java.util.Objects;

import org.xianzhi.core.fact.Measure;

/**
 * One indicator and measure of one region over the years: actuals and targets, one point per year (the latest report
 * of that year's figure), in one unit.
 *
 * @param indicator the canonical indicator name
 * @param measure   what the figures measure
 * @param unit      the unit of every point (the indicator's canonical unit where it has one)
 * @param actuals   the actual figures, by year
 * @param targets   the targets, by year
 */
public record IndicatorSeries(String indicator, Measure measure, String unit, List<SeriesPoint> actuals,
                              List<SeriesPoint> targets) {
    public IndicatorSeries {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        actuals = List.copyOf(actuals);
        targets = List.copyOf(targets);
    }

    public boolean isEmpty() {
        return actuals.isEmpty() && targets.isEmpty();
    }
}
