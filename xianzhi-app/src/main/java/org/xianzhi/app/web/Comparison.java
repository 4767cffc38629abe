package org.xianzhi.app.web;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.xianzhi.core.fact.Measure;

/**
 * One indicator and measure across several regions, side by side.
 *
 * @param indicator the canonical indicator name
 * @param measure   the measure compared
 * @param unit      the unit of every figure
 * @param regions   each region's series, in the order asked for
 */
public record Comparison(String indicator, Measure measure, String unit, List<RegionSeries> regions) {
    /** One region's series. */
    public record RegionSeries(String name, String code, IndicatorSeries series) {
    }

    public Comparison {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measure, "measure");
        regions = List.copyOf(regions);
    }

    /** Every year any region has a figure for, in order. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        for (RegionSeries r : regions) {
            r.series().actuals().forEach(p -> years.add(p.year()));
            r.series().targets().forEach(p -> years.add(p.year()));
        }
        return years;
    }
}
