package org.xianzhi.app.web;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.xianzhi.app.tracking.TargetGap;

/**
 * Indicators × years, the form economists paste into Stata or Excel: one row per region, indicator and measure, with
 * {@code actual_<year>} for every year any row has a figure, {@code target_<year>} and {@code gap_<year>} (target −
 * actual, {@link TargetGap}) for the years any row has a target; and the latest-value summary, one row per region,
 * indicator and measure with its latest actual and latest target. Built from the regions' series ({@link RegionSeries}),
 * which already hold one figure per year (the latest report's) in one unit.
 */
final class WideTables {
    private WideTables() {
    }

    static DataTable wide(List<RegionSeries> profiles, Collection<String> indicators, String base) {
        SortedSet<Integer> years = new TreeSet<>();
        SortedSet<Integer> targetYears = new TreeSet<>();
        for (RegionSeries p : profiles) {
            for (IndicatorSeries s : chosen(p, indicators)) {
                s.actuals().forEach(pt -> years.add(pt.year()));
                s.targets().forEach(pt -> {
                    years.add(pt.year());
                    targetYears.add(pt.year());
                });
            }
        }
        DataTable.Builder t = new DataTable.Builder("wide").text("region").code("region_code").text("indicator", "measure", "unit");
        for (int y : years) {
            t.number("actual_" + y);
            if (targetYears.contains(y)) {
                t.number("target_" + y, "gap_" + y);
            }
        }
        for (RegionSeries p : profiles) {
            for (IndicatorSeries s : chosen(p, indicators)) {
                t.row().cells(p.name(), p.code(), s.indicator(), s.measure().label(), s.unit());
                for (int y : years) {
                    SeriesPoint actual = at(s.actuals(), y);
                    t.cell(linked(actual, base));
                    if (targetYears.contains(y)) {
                        SeriesPoint target = at(s.targets(), y);
                        t.cell(linked(target, base));
                        t.cell(actual == null || target == null ? null : TargetGap.between(s.measure(), target.value(),
                                actual.value()).map(TargetGap::amount).orElse(null));
                    }
                }
            }
        }
        return t.build();
    }

    /** The latest actual and the latest target of every indicator and measure of the regions. */
    static DataTable latest(List<RegionSeries> profiles, Collection<String> indicators, String base) {
        DataTable.Builder t = new DataTable.Builder("latest").text("region").code("region_code").text("indicator", "measure", "unit")
                .number("latest_actual_year", "latest_actual", "latest_target_year", "latest_target")
                .text("actual_document_date", "actual_file", "actual_sentence", "actual_link");
        for (RegionSeries p : profiles) {
            for (IndicatorSeries s : chosen(p, indicators)) {
                Optional<SeriesPoint> actual = last(s.actuals());
                Optional<SeriesPoint> target = last(s.targets());
                t.row().cells(p.name(), p.code(), s.indicator(), s.measure().label(), s.unit(),
                        actual.map(SeriesPoint::year).orElse(null), actual.map(a -> linked(a, base)).orElse(null),
                        target.map(SeriesPoint::year).orElse(null), target.map(g -> linked(g, base)).orElse(null));
                DownloadTables.source(t, actual.map(SeriesPoint::source).orElse(null), base);
            }
        }
        return t.build();
    }

    private static List<IndicatorSeries> chosen(RegionSeries p, Collection<String> indicators) {
        return p.series().stream().filter(s -> indicators.isEmpty() || indicators.contains(s.indicator())).toList();
    }

    private static SeriesPoint at(List<SeriesPoint> points, int year) {
        return points.stream().filter(p -> p.year() == year).findFirst().orElse(null);
    }

    private static Optional<SeriesPoint> last(List<SeriesPoint> points) {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    private static Object linked(SeriesPoint p, String base) {
        return p == null ? null : new DataTable.Linked(p.value(), base + ApiJson.link(p.source()));
    }
}
