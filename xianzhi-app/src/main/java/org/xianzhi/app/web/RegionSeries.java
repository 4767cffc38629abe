package org.xianzhi.app.web;

import java.util.List;

/**
 * A region's indicators over the years, what the wide tables are made of ({@link WideTables}).
 *
 * @param name   the region's full name
 * @param code   its code, or null
 * @param series every indicator and measure over the years, indicators in taxonomy order
 */
public record RegionSeries(String name, String code, List<IndicatorSeries> series) {
    public RegionSeries {
        series = List.copyOf(series);
    }
}
