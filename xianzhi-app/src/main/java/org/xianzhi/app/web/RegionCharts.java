package org.xianzhi.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.xianzhi.app.quality.QualityReport;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.indicator.IndicatorTaxonomy;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A region's indicators over the years, for a page that may hold a hundred of them: a picker listing every indicator
 * (the core indicators of FACTS.md first, with a box that narrows the list), and per indicator and measure a chart
 * with its table. The table is the data: each row is a year ({@code tr[data-year]}), each figure carries its value
 * ({@code a.figure[data-value]}) and links to its sentence, and the script draws the chart from it, so no figure is
 * sent twice. Only the core indicators are shown until the reader picks others.
 *
 * <p>Stable hooks: {@code #indicator-picker}, {@code #picker-filter}, {@code input.pick[value=<indicator>]},
 * {@code .indicator[data-indicator][data-core]}, {@code #chart-<indicator>}, {@code .chart[data-chart]}.
 */
final class RegionCharts {
    private RegionCharts() {
    }

    static void render(Html b, Labels l, List<IndicatorSeries> series, QualityReport quality) {
        IndicatorTaxonomy taxonomy = IndicatorTaxonomy.standard();
        Map<String, Integer> measures = new LinkedHashMap<>();
        series.forEach(s -> measures.merge(s.indicator(), 1, Integer::sum));
        picker(b, l, measures, taxonomy);
        b.open("div", "class", "indicator-grid");
        Set<String> charted = new TreeSet<>();
        for (IndicatorSeries s : series) {
            // The first chart of an indicator is the one named after it; further measures add theirs.
            String id = charted.add(s.indicator()) ? "chart-" + s.indicator() : "chart-" + s.indicator() + "-" + s.measure().label();
            section(b, l, s, id, taxonomy.isCore(s.indicator()), quality);
        }
        b.close("div");
    }

    private static void picker(Html b, Labels l, Map<String, Integer> measures, IndicatorTaxonomy taxonomy) {
        b.open("div", "id", "indicator-picker").open("div", "class", "picker-tools")
                .open("input", "type", "search", "id", "picker-filter", "placeholder", l.t("picker_filter"),
                        "aria-label", l.t("picker_filter"))
                .element("button", l.t("picker_core"), "type", "button", "id", "picker-core")
                .element("button", l.t("picker_all"), "type", "button", "id", "picker-all")
                .element("button", l.t("picker_none"), "type", "button", "id", "picker-none")
                .close("div");
        for (boolean core : new boolean[] {true, false}) {
            b.open("div", "class", "picker-group", "data-group", core ? "core" : "other")
                    .element("span", l.t(core ? "core_indicators" : "other_indicators"), "class", "picker-heading");
            measures.forEach((name, n) -> {
                if (taxonomy.isCore(name) == core) {
                    b.open("label", "class", "pick-label", "data-name", name + " " + Names.indicator(Labels.ENGLISH, name))
                            .open("input", "type", "checkbox", "class", "pick", "value", name, "checked", core ? "checked" : null)
                            .text(" " + Names.indicator(l, name)).close("label");
                }
            });
            b.close("div");
        }
        b.close("div");
    }

    private static void section(Html b, Labels l, IndicatorSeries s, String id, boolean core, QualityReport quality) {
        String unit = Names.unit(l, s.unit());
        String heading = Names.indicator(l, s.indicator()) + (s.measure() == Measure.VALUE ? "" : " · " + l.t(s.measure().label()))
                + (unit.isBlank() ? "" : "（" + unit.strip() + "）");
        ObjectNode chart = ApiJson.object();
        chart.put("measure", s.measure().label());
        chart.put("unit", unit.strip());
        chart.put("actual_label", l.t("actual"));
        chart.put("target_label", l.t("target"));
        b.open("div", "class", "indicator", "data-indicator", s.indicator(), "data-measure", s.measure().label(),
                        "data-core", Boolean.toString(core))
                .element("h3", heading)
                .open("div", "class", "chart", "id", id, "data-chart", ApiJson.write(chart)).close("div");
        Map<Integer, SeriesPoint[]> byYear = new TreeMap<>();
        s.actuals().forEach(p -> byYear.computeIfAbsent(p.year(), y -> new SeriesPoint[2])[0] = p);
        s.targets().forEach(p -> byYear.computeIfAbsent(p.year(), y -> new SeriesPoint[2])[1] = p);
        b.open("table", "class", "data series").open("thead").open("tr").element("th", l.t("year"))
                .element("th", l.t("actual")).element("th", l.t("target")).close("tr").close("thead").open("tbody");
        for (Map.Entry<Integer, SeriesPoint[]> e : byYear.entrySet()) {
            b.open("tr", "data-year", e.getKey().toString()).element("td", e.getKey().toString());
            String[] kinds = {"actual", "target"};
            for (int i = 0; i < 2; i++) {
                SeriesPoint p = e.getValue()[i];
                b.open("td", "class", "num " + kinds[i]);
                if (p != null) {
                    // No title with the sentence here: on a page of a hundred charts it doubled the page; the link shows it.
                    b.link(ApiJson.link(p.source()), p.value().toPlainString() + unit, "class", "figure",
                            "data-value", p.value().toPlainString());
                    QualityView.mark(b, l, quality.of(p.source()));
                }
                b.close("td");
            }
            b.close("tr");
        }
        b.close("tbody").close("table").close("div");
    }
}
